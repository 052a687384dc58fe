/**
 * Offline checks of manifest.xml against the build: every resource id resolves, every URL is a file the
 * production build emits (derived from webpack.config.js itself, without running webpack), every icon
 * has the pixel size its name and use say, and the production transform leaves no localhost URL.
 */
import * as fs from "fs";
import * as path from "path";
import { createRequire } from "module";
import { functions } from "../../src/functions";
import { RIBBON_COMMANDS } from "../../src/commands/ribbon";
import { t } from "../../src/i18n";
import { builtGroups, panels } from "../../src/taskpane/panels";

const ROOT = path.resolve(__dirname, "../..");
const DEV_URL = "https://localhost:3000/";
// xml2js (installed with office-addin-manifest) and webpack.config.js are untyped CommonJS modules.
const load = createRequire(path.join(ROOT, "package.json"));

interface XmlNode {
  $?: Record<string, string>;
  _?: string;
  [child: string]: XmlNode[] | Record<string, string> | string | undefined;
}
interface Element {
  name: string;
  attrs: Record<string, string>;
  text: string;
  parent?: Element;
}

async function parseManifest(xml: string): Promise<Element[]> {
  const { parseStringPromise } = load("xml2js") as { parseStringPromise(xml: string): Promise<Record<string, XmlNode>> };
  const doc = await parseStringPromise(xml);
  const out: Element[] = [];
  const walk = (name: string, node: XmlNode | string, parent?: Element) => {
    const element: Element = typeof node === "string" ? { name, attrs: {}, text: node, parent } : { name, attrs: node.$ ?? {}, text: (node._ ?? "").trim(), parent };
    out.push(element);
    if (typeof node === "string") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$" || key === "_" || !Array.isArray(value)) continue;
      value.forEach((child) => walk(key, child, element));
    }
  };
  for (const [name, node] of Object.entries(doc)) walk(name, node);
  return out;
}

interface WebpackConfig {
  entry: Record<string, string | { import: string; dependOn?: string | string[]; runtime?: string }>;
  output: { filename: string };
  optimization?: { runtimeChunk?: unknown };
  plugins: { constructor: { name: string }; userOptions?: { filename?: string; chunks?: string[] }; options?: { output?: string }; patterns?: CopyPattern[] }[];
}
interface CopyPattern {
  from: string;
  to?: string;
  transform?: (content: Buffer, absoluteFrom: string) => string | Buffer;
}

function webpackConfig(mode: "production" | "development"): WebpackConfig {
  const factory = load("./webpack.config.js") as (env: unknown, argv: { mode: string }) => WebpackConfig;
  return factory({}, { mode });
}

/** The files a build emits, from the config: entry bundles, HTML pages, functions.json and copies. */
function emittedFiles(config: WebpackConfig): Set<string> {
  const files = new Set<string>();
  for (const [name, entry] of Object.entries(config.entry)) {
    files.add(config.output.filename.replace("[name]", name));
    if (typeof entry === "object" && entry.runtime) files.add(config.output.filename.replace("[name]", entry.runtime));
  }
  for (const plugin of config.plugins) {
    if (plugin.constructor.name === "HtmlWebpackPlugin") files.add(plugin.userOptions?.filename ?? "index.html");
    if (plugin.constructor.name === "CustomFunctionsMetadataPlugin" && plugin.options?.output) files.add(plugin.options.output);
    for (const pattern of plugin.patterns ?? []) {
      const sources = pattern.from.endsWith("/*")
        ? fs.readdirSync(path.join(ROOT, pattern.from.slice(0, -2))).map((f) => path.posix.join(pattern.from.slice(0, -2), f))
        : [pattern.from];
      for (const source of sources) {
        const { name, ext } = path.posix.parse(source);
        files.add((pattern.to ?? path.posix.basename(source)).replace("[name]", name).replace("[ext]", ext));
      }
    }
  }
  return files;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = fs.readFileSync(file);
  expect(data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(data.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
let elements: Element[];
let resources: Map<string, Element>;

beforeAll(async () => {
  elements = await parseManifest(source);
  resources = new Map(elements.filter((e) => e.attrs.id && /^bt:(Image|Url|String)$/.test(e.name) && e.parent?.name !== "Control").map((e) => [e.attrs.id, e]));
});

const named = (name: string) => elements.filter((e) => e.name === name);
const urlsOf = (all: Element[]) =>
  all.flatMap((e) =>
    [...Object.entries(e.attrs).filter(([key]) => !key.startsWith("xmlns")).map(([, value]) => value), e.text]
      .filter((v) => /^https?:\/\//.test(v))
      .map((url) => ({ url, element: e })),
  );

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks named Credit Desk, with a fixed GUID", () => {
    expect(named("OfficeApp")[0].attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(named("Id")[0].text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(named("ProviderName")[0].text).toBe("Credit Desk");
    expect(named("DisplayName")[0].attrs.DefaultValue).toBe("Credit Desk");
    expect(named("Host").map((h) => h.attrs.Name ?? h.attrs["xsi:type"])).toEqual(["Workbook", "Workbook"]);
    expect(named("Permissions")[0].text).toBe("ReadWriteDocument");
  });

  it("defines every resource id it references, and references every resource it defines", () => {
    const referenced = new Set(elements.filter((e) => e.attrs.resid).map((e) => e.attrs.resid));
    expect([...referenced].filter((id) => !resources.has(id))).toEqual([]);
    expect([...resources.keys()].filter((id) => !referenced.has(id))).toEqual([]);
  });

  it("points every URL at a file the production build emits", () => {
    const emitted = emittedFiles(webpackConfig("production"));
    expect([...emitted]).toEqual(expect.arrayContaining(["taskpane.html", "functions.js", "functions.json", "help.html", "manifest.xml", "assets/icon-16.png"]));
    const urls = urlsOf(elements);
    expect(urls.length).toBeGreaterThan(8);
    for (const { url, element } of urls) {
      expect([element.name, url.startsWith(DEV_URL)]).toEqual([element.name, true]);
      const file = url.slice(DEV_URL.length).replace(/[?#].*$/, "");
      if (element.name === "AppDomain") expect(file).toBe("");
      else expect([url, emitted.has(file)]).toEqual([url, true]);
    }
  });

  it("has every icon as a PNG of the size its name and its use say", () => {
    const expected = new Map<string, Set<number>>();
    const need = (url: string, size: number) => expected.set(url, (expected.get(url) ?? new Set()).add(size));
    need(named("IconUrl")[0].attrs.DefaultValue, 32);
    need(named("HighResolutionIconUrl")[0].attrs.DefaultValue, 64);
    for (const image of named("bt:Image").filter((e) => e.attrs.resid)) need(resources.get(image.attrs.resid)!.attrs.DefaultValue, Number(image.attrs.size));
    expect([...new Set([...expected.values()].flatMap((s) => [...s]))].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
    for (const [url, sizes] of expected) {
      const file = path.join(ROOT, url.slice(DEV_URL.length));
      expect([url, fs.existsSync(file)]).toEqual([url, true]);
      const nameSize = Number(/-(\d+)\.png$/.exec(file)?.[1]);
      const { width, height } = pngSize(file);
      expect({ url, width, height, sizes: [...sizes] }).toEqual({ url, width: nameSize, height: nameSize, sizes: [nameSize] });
    }
  });

  it("declares the AR namespace and the shared runtime for the pane and the functions", () => {
    const namespace = named("Namespace")[0].attrs.resid;
    expect(resources.get(namespace)?.attrs.DefaultValue).toBe("AR");
    const sets = named("Set").map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1"]));
    const runtime = named("Runtime");
    expect(runtime.map((r) => [r.attrs.resid, r.attrs.lifetime])).toEqual([["Taskpane.Url", "long"]]);
    // One runtime: the functions' page, the ribbon's function file and the pane are the same page.
    const page = named("Page")[0];
    const pageSource = elements.find((e) => e.name === "SourceLocation" && e.parent === page)!;
    expect([pageSource.attrs.resid, named("FunctionFile")[0].attrs.resid]).toEqual(["Taskpane.Url", "Taskpane.Url"]);
    const script = resources.get(elements.find((e) => e.name === "SourceLocation" && e.parent?.name === "Script")!.attrs.resid)!;
    expect(script.attrs.DefaultValue).toBe(`${DEV_URL}functions.js`);
  });

  it("builds the shared runtime's page on one webpack runtime: its other entries depend on the functions entry", () => {
    // The built page itself (one runtime, no module twice) is checked by test/browser/taskpaneBundle.test.ts.
    const config = webpackConfig("production");
    const page = config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.filename === "taskpane.html")!;
    const chunks = page.userOptions!.chunks!;
    expect(chunks).toEqual(expect.arrayContaining(["functions", "taskpane"]));
    expect(config.optimization?.runtimeChunk).toBeUndefined();
    // The functions entry (functions.js, the manifest's Script URL) starts the page's runtime chunk…
    const functionsEntry = config.entry.functions;
    expect(typeof functionsEntry === "object" && functionsEntry.import).toBe("./src/functions/excel.ts");
    const runtime = typeof functionsEntry === "object" ? functionsEntry.runtime : undefined;
    expect(runtime).toEqual(expect.any(String));
    expect(emittedFiles(config).has(`${runtime}.js`)).toBe(true);
    // …which no entry of another page uses, and every other entry of the page depends on it.
    for (const [name, entry] of Object.entries(config.entry)) {
      const uses = typeof entry === "object" ? { runtime: entry.runtime, dependOn: [entry.dependOn ?? []].flat() } : { runtime: undefined, dependOn: [] };
      if (name === "functions") continue;
      expect([name, uses]).toEqual([name, chunks.includes(name) ? { runtime: undefined, dependOn: ["functions"] } : { runtime: undefined, dependOn: [] }]);
    }
  });

  describe("the Home tab's Credit Desk group", () => {
    const controls = () => named("Control");
    const childOf = (parent: Element, name: string) => elements.filter((e) => e.parent === parent && e.name === name);
    const functionOf = (control: Element) => {
      const [action] = childOf(control, "Action");
      return { type: action?.attrs["xsi:type"], name: action ? childOf(action, "FunctionName")[0]?.text : undefined };
    };

    it("has one button per job group, each opening the pane on its group through the shared runtime", () => {
      expect(named("OfficeTab").map((tab) => tab.attrs.id)).toEqual(["TabHome"]);
      expect(named("Group").map((g) => resources.get(childOf(g, "Label")[0].attrs.resid)?.attrs.DefaultValue)).toEqual(["Credit Desk"]);
      expect(controls().map((c) => c.attrs["xsi:type"])).toEqual(controls().map(() => "Button"));
      // ExecuteFunction commands run in the FunctionFile's page, which is the shared runtime's (the pane's) page.
      expect(controls().map(functionOf)).toEqual(Object.keys(RIBBON_COMMANDS).map((name) => ({ type: "ExecuteFunction", name })));
      expect(named("FunctionFile")[0].attrs.resid).toBe(named("Runtime")[0].attrs.resid);
    });

    it("opens only groups the pane has, and every group the pane has a button for", () => {
      const built = builtGroups(panels).map((g) => g.id);
      const opened = controls().map((c) => RIBBON_COMMANDS[functionOf(c).name ?? ""]);
      expect(opened.filter((group) => !built.includes(group))).toEqual([]);
      expect(new Set(opened).size).toBe(opened.length);
      expect(Object.values(RIBBON_COMMANDS).sort()).toEqual([...opened].sort());
    });

    it("labels each button with its group's name in the pane, and has every label and tooltip in the five languages", () => {
      const LOCALES = { it: "it-IT", de: "de-DE", nl: "nl-NL", fr: "fr-FR" } as const;
      const overrides = (id: string) => Object.fromEntries(elements.filter((e) => e.name === "bt:Override" && e.parent === resources.get(id)).map((o) => [o.attrs.Locale, o.attrs.Value]));
      for (const control of controls()) {
        const group = RIBBON_COMMANDS[functionOf(control).name ?? ""];
        const label = childOf(control, "Label")[0].attrs.resid;
        const supertip = childOf(control, "Supertip")[0];
        expect(childOf(supertip, "Title")[0].attrs.resid).toBe(label);
        const tooltip = childOf(supertip, "Description")[0].attrs.resid;
        expect(resources.get(label)?.attrs.DefaultValue).toBe(t(`nav.group.${group}`, undefined, "en"));
        expect(overrides(label)).toEqual(Object.fromEntries(Object.entries(LOCALES).map(([lang, locale]) => [locale, t(`nav.group.${group}`, undefined, lang as keyof typeof LOCALES)])));
        const tips = overrides(tooltip);
        expect(Object.keys(tips).sort()).toEqual(Object.values(LOCALES).sort());
        // Each tooltip names the group in its language, and fits Office's 250 characters.
        for (const [lang, locale] of Object.entries(LOCALES)) expect([locale, tips[locale].includes(t(`nav.group.${group}`, undefined, lang as keyof typeof LOCALES))]).toEqual([locale, true]);
        for (const text of [resources.get(tooltip)!.attrs.DefaultValue, ...Object.values(tips)]) expect(text.length).toBeLessThanOrEqual(250);
        // Its own icon at each size the ribbon uses.
        expect(childOf(childOf(control, "Icon")[0], "bt:Image").map((i) => [i.attrs.size, resources.get(i.attrs.resid)?.attrs.DefaultValue])).toEqual(
          ["16", "32", "80"].map((size) => [size, `${DEV_URL}assets/${group}-${size}.png`]),
        );
      }
    });
  });
});

describe("the production build of manifest.xml", () => {
  const transform = (mode: "production" | "development") => {
    const copy = webpackConfig(mode).plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml")!;
    return String(copy.transform!(Buffer.from(source), path.join(ROOT, "manifest.xml")));
  };

  it("replaces every https://localhost:3000/ URL with the production URL", () => {
    const built = transform("production");
    expect(source.split(DEV_URL).length - 1).toBeGreaterThan(8);
    expect(built).not.toMatch(/localhost/);
    expect(built.split("https://credit-desk.example.com/").length - 1).toBe(source.split(DEV_URL).length - 1);
  });

  it("leaves the manifest unchanged in development", () => {
    expect(transform("development")).toBe(source);
  });
});

describe("help.html", () => {
  const help = fs.readFileSync(path.join(ROOT, "src/help/help.html"), "utf8");

  it("has an anchor for every formula, and every @helpurl of the formulas points at one", () => {
    const ids = new Set([...help.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
    for (const id of Object.keys(functions)) expect([id, ids.has(`ar-${id.toLowerCase()}`)]).toEqual([id, true]);
    // …and documents no formula the add-in does not have.
    const documented = [...ids].filter((a) => a.startsWith("ar-")).sort();
    expect(documented).toEqual(Object.keys(functions).map((id) => `ar-${id.toLowerCase()}`).sort());
    const dir = path.join(ROOT, "src/functions");
    const helpUrls = fs.readdirSync(dir).flatMap((f) => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/@helpurl\s+(\S+)/g)].map((m) => m[1]));
    expect(helpUrls.length).toBeGreaterThan(0);
    for (const url of helpUrls) {
      expect(url.startsWith(`${DEV_URL}help.html#`)).toBe(true);
      expect([url, ids.has(url.split("#")[1])]).toEqual([url, true]);
    }
  });

  it("loads nothing remote and carries the pages' Content-Security-Policy", () => {
    expect(help).toContain('<meta http-equiv="Content-Security-Policy" content="<%= csp %>" />');
    expect(help).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
