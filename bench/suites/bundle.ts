import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { Section, Suite, SuiteContext, verdict } from "../lib/table";

/**
 * Production bundle sizes, read from dist/ (build it first: `npm run build`). For each webpack entry,
 * the JS its page loads before anything else (the local script tags of the page's html) raw and gzipped
 * (level 9), and the lazy chunks its runtime can load. Target: the task pane page's initial JS ≤ 400 KB
 * gzipped.
 */

export const TARGETS = { taskpaneInitialGzipBytes: 400_000 } as const;

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

/** Each entry and the page that loads it: the custom functions run in the task pane's shared runtime. */
const ENTRIES = [
  { entry: "taskpane", page: "taskpane.html" },
  { entry: "functions", page: "taskpane.html" },
  { entry: "commands", page: "commands.html" },
  { entry: "workbench", page: "workbench.html" },
] as const;

interface Size {
  readonly raw: number;
  readonly gzip: number;
}

const sizes = new Map<string, Size>();

/** Raw and gzip -9 bytes of a file of dist/ (memoised: a file is read once). */
function sizeOf(file: string): Size {
  let s = sizes.get(file);
  if (!s) {
    const data = readFileSync(path.join(DIST, file));
    s = { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
    sizes.set(file, s);
  }
  return s;
}

const sum = (list: readonly Size[]): Size => list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** Bytes as kilobytes of 1,000 bytes, one decimal: "171.4 KB" ("46 B" below a kilobyte). */
function kb(value: number): string {
  if (value < 1000) return `${value} B`;
  return `${(value / 1000).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
}

/** The local scripts a page loads, in order (src of every script tag, minus remote ones such as Office.js). */
function pageScripts(page: string): { local: string[]; remote: string[] } {
  const html = readFileSync(path.join(DIST, page), "utf8");
  const local: string[] = [];
  const remote: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const m = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
    if (!m) continue;
    const src = m[1] ?? m[2] ?? m[3];
    if (/^(?:[a-z]+:)?\/\//i.test(src)) remote.push(src);
    else local.push(src.replace(/^\.?\//, "").replace(/[?#].*$/, ""));
  }
  return { local, remote };
}

/**
 * The lazy chunks an entry's webpack runtime can load: its chunk-id → content-hash map ({21:"b0a55754",…},
 * which lists every async chunk reachable from the entry), kept where "<id>.<hash>.js" is in dist/.
 */
function lazyChunks(entryFile: string, present: ReadonlySet<string>): string[] {
  const js = readFileSync(path.join(DIST, entryFile), "utf8");
  const found = new Set<string>();
  for (const m of js.matchAll(/(?:^|[{,])\s*"?([\w-]+)"?\s*:\s*"([0-9a-f]{8,20})"/g)) {
    const file = `${m[1]}.${m[2]}.js`;
    if (present.has(file)) found.add(file);
  }
  return [...found].sort((a, b) => sizeOf(b).raw - sizeOf(a).raw);
}

/** The newest modification time under a directory (ms), to tell a stale dist/. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const COLUMNS = [
  { title: "Entry" },
  { title: "Page" },
  { title: "Initial JS" },
  { title: "Raw", align: "right" as const },
  { title: "Gzip -9", align: "right" as const },
  { title: "≤ 400 KB gzip" },
  { title: "Lazy chunks", align: "right" as const },
  { title: "Lazy raw", align: "right" as const },
  { title: "Lazy gzip", align: "right" as const },
];

export const bundleSuite: Suite = {
  name: "Bundle",
  run({ log }: SuiteContext): Section[] {
    const intro = [
      "Production bundle (`npm run build`, i.e. `webpack --mode production`) as found in dist/. Initial JS: the local scripts of the entry's page (its html's script tags; Office.js, loaded from Microsoft's CDN, is not counted), raw and gzipped (zlib level 9). The custom functions run in the task pane's shared runtime, so functions.js is loaded by taskpane.html. Lazy chunks: those the entry's webpack runtime can load (its chunk map), loaded on demand. KB = 1,000 bytes.",
      `Target: the task pane page's initial JS (taskpane.js and functions.js, both loaded before the pane is ready) ≤ ${TARGETS.taskpaneInitialGzipBytes / 1000} KB gzipped.`,
    ];
    if (!existsSync(path.join(DIST, "taskpane.html"))) {
      log("  dist/taskpane.html not found: run npm run build first. Skipped.");
      return [{ title: "Bundle", intro, table: { columns: COLUMNS, rows: [] }, notes: ["Skipped: dist/taskpane.html not found; run npm run build first."] }];
    }
    const notes: string[] = [];
    // webpack leaves a file it would write unchanged alone, so the build's time is that of dist/'s newest file.
    const built = newest(DIST);
    const srcTime = newest(path.join(ROOT, "src"));
    if (srcTime > built) {
      notes.push(`dist/ may be stale: a file under src/ changed ${Math.round((srcTime - built) / 60_000)} min after the newest file of dist/ was written (run npm run build first).`);
    }
    notes.push(`Built: ${new Date(built).toISOString().replace(/\.\d+Z$/, "Z")}.`);
    const jsFiles = readdirSync(DIST).filter((f) => f.endsWith(".js"));
    const present = new Set(jsFiles);
    const entryFiles = new Set(ENTRIES.map((e) => `${e.entry}.js`));
    const rows: string[][] = [];
    const lazyRows = new Map<string, string[]>();
    const pages = new Map<string, string[]>();
    let pass: boolean | null = null;
    for (const { entry, page } of ENTRIES) {
      const file = `${entry}.js`;
      if (!existsSync(path.join(DIST, page)) || !present.has(file)) {
        notes.push(`${entry}: ${present.has(file) ? `dist/${page} is missing` : `dist/${file} is missing`}.`);
        continue;
      }
      const { local, remote } = pageScripts(page);
      pages.set(page, local);
      if (!local.includes(file)) notes.push(`${entry}: dist/${page} does not load ${file}.`);
      // The entry's own file, plus any shared initial chunk of its page that is no entry's file.
      const initial = [file, ...local.filter((f) => !entryFiles.has(f))];
      const initialSize = sum(initial.map(sizeOf));
      const lazy = lazyChunks(file, present);
      const lazySize = sum(lazy.map(sizeOf));
      for (const c of lazy) (lazyRows.get(c) ?? lazyRows.set(c, []).get(c)!).push(entry);
      if (remote.length > 0 && entry !== "functions") log(`  ${page} also loads ${remote.join(", ")} (not counted)`);
      rows.push([entry, page, initial.join(" + "), kb(initialSize.raw), kb(initialSize.gzip), "—", String(lazy.length), kb(lazySize.raw), kb(lazySize.gzip)]);
    }
    // The task pane page as a whole: what it loads before the pane (and the functions) are ready.
    const taskpaneScripts = pages.get("taskpane.html");
    if (taskpaneScripts) {
      const total = sum(taskpaneScripts.map(sizeOf));
      const ok = total.gzip <= TARGETS.taskpaneInitialGzipBytes;
      pass = ok;
      const lazy = [...lazyRows.entries()].filter(([, by]) => by.includes("taskpane") || by.includes("functions")).map(([c]) => sizeOf(c));
      const lazySize = sum(lazy);
      rows.push(["(task pane page)", "taskpane.html", taskpaneScripts.join(" + "), kb(total.raw), kb(total.gzip), `${verdict(ok)} (${Math.round((100 * total.gzip) / TARGETS.taskpaneInitialGzipBytes)}% of budget)`, String(lazy.length), kb(lazySize.raw), kb(lazySize.gzip)]);
      log(`  task pane page initial JS: ${kb(total.raw)} raw, ${kb(total.gzip)} gzip -9: ${verdict(ok)}`);
    } else {
      notes.push("dist/taskpane.html lists no local scripts: no verdict.");
    }
    const orphans = jsFiles.filter((f) => !entryFiles.has(f) && !lazyRows.has(f));
    if (orphans.length > 0) notes.push(`In dist/ but in no entry's chunk map: ${orphans.join(", ")}.`);
    const lazyTable = [...lazyRows.entries()]
      .sort((a, b) => sizeOf(b[0]).raw - sizeOf(a[0]).raw)
      .map(([chunk, by]) => {
        const s = sizeOf(chunk);
        const licence = present.has(chunk) && existsSync(path.join(DIST, `${chunk}.LICENSE.txt`)) ? " (+ licence file)" : "";
        return [chunk + licence, kb(s.raw), kb(s.gzip), by.join(", ")];
      });
    return [
      { title: "Bundle", intro, table: { columns: COLUMNS, rows }, notes },
      {
        title: "Bundle: lazy chunks",
        intro: ["Every lazy chunk in dist/, largest first, with the entries whose runtime can load it (raw and gzip -9). A chunk is downloaded the first time a panel or feature that needs it is opened."],
        table: {
          columns: [{ title: "Chunk" }, { title: "Raw", align: "right" }, { title: "Gzip -9", align: "right" }, { title: "Loaded by" }],
          rows: lazyTable,
        },
        notes: [
          pass === null
            ? "Overall: no verdict (the task pane page's scripts were not found)."
            : `Overall: task pane initial JS ${pass ? "within" : "OVER"} the ${TARGETS.taskpaneInitialGzipBytes / 1000} KB gzip budget.`,
        ],
      },
    ];
  },
};
