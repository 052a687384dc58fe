import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import ts from "typescript";
import { Section, Suite, SuiteContext, verdict } from "../lib/table";

/**
 * Production bundle sizes, read from dist/ (build it first: `npm run build`). For each page of dist/,
 * its initial JS (the local script tags of its html, plus any chunk their startup waits for), raw and
 * gzipped (level 9), how many webpack runtimes that JS holds, and the lazy chunks its runtime can load.
 * Targets: the task pane page's initial JS ≤ 400 KB gzipped, one webpack runtime, no module of
 * src/domain or src/i18n in two of its initial files, and (given a baseline build) no growth.
 *
 * Environment:
 *   BENCH_BUNDLE_BASELINE  a dist/ directory of another build (e.g. main's) to compare the task pane
 *                          page against, file by file; its ../src, when present, gives its markers
 *
 * The page analysis is exported for test/browser/taskpaneBundle.test.ts, which checks the same on the
 * build the browser tests use.
 */

export const TARGETS = { taskpaneInitialGzipBytes: 400_000, taskpaneRuntimes: 1 } as const;

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

export interface Size {
  readonly raw: number;
  readonly gzip: number;
}

const sizes = new Map<string, Size>();

/** Raw and gzip -9 bytes of a file (memoised: a file is read once). */
export function sizeOf(dist: string, file: string): Size {
  const full = path.join(dist, file);
  let s = sizes.get(full);
  if (!s) {
    const data = readFileSync(full);
    s = { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
    sizes.set(full, s);
  }
  return s;
}

const sum = (list: readonly Size[]): Size => list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** Bytes as kilobytes of 1,000 bytes, one decimal: "171.4 KB" ("46 B" below a kilobyte). */
function kb(value: number): string {
  if (value < 1000) return `${value} B`;
  return `${(value / 1000).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
}

function signedKb(value: number): string {
  return value === 0 ? "0 B" : `${value > 0 ? "+" : "−"}${kb(Math.abs(value))}`;
}

/** The scripts a page loads, in order: src of every script tag, local ones (dist/-relative) and remote ones. */
export function pageScripts(dist: string, page: string): { local: string[]; remote: string[] } {
  const html = readFileSync(path.join(dist, page), "utf8");
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
 * True when a bundle file runs on its own, with its own webpack runtime and module scope (`(()=>{…})()`,
 * with or without __webpack_require__ and its module cache), as opposed to a chunk that hands its
 * modules to a runtime (`(self.webpackChunk…).push([[ids],{…}])`). Two such files on one page keep two
 * copies of every module they share, each with its own state.
 */
export function hasWebpackRuntime(js: string): boolean {
  const code = js.replace(/^(?:\s*\/\*[\s\S]*?\*\/|\s*\/\/[^\n]*\n)*\s*/, "").replace(/^(?:"use strict";|'use strict';)/, "");
  return !/^\(?\s*(?:Array\.isArray\()?(?:self|this|window|globalThis)\.webpackChunk[\w$]*/.test(code);
}

/** Chunk id → file, for every chunk of dist/ that pushes itself to a runtime (`.push([[ids],…`). */
function chunkFiles(dist: string): Map<string, string> {
  const byId = new Map<string, string>();
  for (const file of readdirSync(dist).filter((f) => f.endsWith(".js"))) {
    const head = readFileSync(path.join(dist, file), "utf8").slice(0, 400);
    const m = /\.push\(\[\[([^\]]*)\]/.exec(head);
    for (const id of m?.[1].split(",") ?? []) byId.set(id.trim().replace(/^"|"$/g, ""), file);
  }
  return byId;
}

/** The chunk ids an entry's startup waits for before it runs (`__webpack_require__.O(…, [ids], …)`). */
function awaitedChunkIds(js: string): string[] {
  const ids: string[] = [];
  for (const m of js.matchAll(/\.O\((?:void 0|0),\[([^\]]*)\]/g)) ids.push(...m[1].split(",").map((id) => id.trim().replace(/^"|"$/g, "")).filter(Boolean));
  return ids;
}

/**
 * The lazy chunks a runtime can load: its chunk-id → content-hash map ({21:"b0a55754",…}, which lists
 * every async chunk reachable from its entries), kept where "<id>.<hash>.js" is in dist/.
 */
function lazyChunks(js: string, present: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const m of js.matchAll(/(?:^|[{,])\s*"?([\w-]+)"?\s*:\s*"([0-9a-f]{8,20})"/g)) {
    const file = `${m[1]}.${m[2]}.js`;
    if (present.has(file)) found.add(file);
  }
  return [...found];
}

export interface PageBundle {
  readonly page: string;
  /** Remote scripts (Office.js from Microsoft's CDN): not counted. */
  readonly remote: readonly string[];
  /** What the page runs before anything is lazy-loaded: its local script tags in order, then any chunk their startup waits for. */
  readonly initial: readonly string[];
  /** Initial files the html does not name but a startup waits for (loaded by the runtime before the entry runs). */
  readonly awaited: readonly string[];
  /** Local script tags whose file is not in dist/. */
  readonly missing: readonly string[];
  /** Initial files that hold a webpack runtime. */
  readonly runtimes: readonly string[];
  /** Lazy chunks the page's runtime(s) can load. */
  readonly lazy: readonly string[];
}

/** What a page of dist/ loads: parsed from its html, then from the files it names. */
export function analysePage(dist: string, page: string): PageBundle {
  const { local, remote } = pageScripts(dist, page);
  const present = new Set(readdirSync(dist).filter((f) => f.endsWith(".js")));
  const missing = local.filter((f) => !present.has(f));
  const initial = local.filter((f) => present.has(f));
  const awaited: string[] = [];
  let byId: Map<string, string> | undefined;
  // Follow the startups' waits to a fixed point (a chunk the runtime loads first may wait for another).
  for (let i = 0; i < initial.length; i++) {
    const ids = awaitedChunkIds(readFileSync(path.join(dist, initial[i]), "utf8"));
    if (ids.length === 0) continue;
    byId ??= chunkFiles(dist);
    for (const id of ids) {
      const file = byId.get(id);
      if (file && !initial.includes(file)) {
        initial.push(file);
        awaited.push(file);
      }
    }
  }
  const texts = initial.map((f) => readFileSync(path.join(dist, f), "utf8"));
  const runtimes = initial.filter((_, k) => hasWebpackRuntime(texts[k]));
  const lazy = [...new Set(texts.flatMap((js) => lazyChunks(js, present)))].filter((f) => !initial.includes(f));
  return { page, remote, initial, awaited, missing, runtimes, lazy };
}

/**
 * The literals of a TypeScript file that survive minification as written, as they would read in a
 * bundle: string literals of at least 10 characters as "text" (the minifier writes one without quotes or
 * backslashes with double quotes) and regular expression literals of at least 12 characters as /…/flags.
 * Parsed, so quotes in comments, regexes or JSX text do not count.
 */
function bundleLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) && node.text.length >= 10 && !/["\\\n\r]/.test(node.text)) out.push(`"${node.text}"`);
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && node.getText(source).length >= 12) out.push(node.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/**
 * Marker strings of the modules under `dirs` (paths relative to root/src, e.g. "domain"): their
 * bundleLiterals that are not identifier-like and that no other file of src/ has. A marker found in a
 * bundle file means that module's code is in it.
 */
export function sourceMarkers(root: string, dirs: readonly string[]): Map<string, string[]> {
  const src = path.join(root, "src");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) files.push(p);
    }
  };
  walk(src);
  const owners = new Map<string, Set<string>>();
  const literals = new Map<string, string[]>();
  for (const file of files) {
    const rel = path.relative(src, file).split(path.sep).join("/");
    const found = [...new Set(bundleLiterals(file))];
    literals.set(rel, found);
    for (const s of found) (owners.get(s) ?? owners.set(s, new Set()).get(s)!).add(rel);
  }
  const markers = new Map<string, string[]>();
  for (const [rel, found] of literals) {
    if (!dirs.some((d) => rel.startsWith(`${d}/`))) continue;
    const unique = found.filter((s) => owners.get(s)!.size === 1 && /[^\w$]/.test(s.slice(1, -1)));
    if (unique.length > 0) markers.set(`src/${rel}`, unique);
  }
  return markers;
}

/** Each marked module found in two or more of `files` (of dist), with the files that hold its markers. */
export function modulesInSeveralFiles(dist: string, files: readonly string[], markers: ReadonlyMap<string, readonly string[]>): { module: string; files: string[] }[] {
  const texts = files.map((f) => readFileSync(path.join(dist, f), "utf8"));
  const out: { module: string; files: string[] }[] = [];
  for (const [module, list] of markers) {
    const holding = files.filter((_, k) => list.some((m) => texts[k].includes(m)));
    if (holding.length > 1) out.push({ module, files: holding });
  }
  return out;
}

/** Marked modules found in at least one of `files`: how much of the code the duplicate check saw. */
export function modulesFound(dist: string, files: readonly string[], markers: ReadonlyMap<string, readonly string[]>): string[] {
  const texts = files.map((f) => readFileSync(path.join(dist, f), "utf8"));
  return [...markers].filter(([, list]) => texts.some((js) => list.some((m) => js.includes(m)))).map(([module]) => module);
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

/** " (commit abc1234)" when `dir` is in a git checkout, else "". */
function commitOf(dir: string): string {
  try {
    return ` (commit ${execFileSync("git", ["-C", dir, "rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()})`;
  } catch {
    return "";
  }
}

/** The pages of a dist/, the task pane's first. */
function pagesOf(dist: string): string[] {
  return readdirSync(dist)
    .filter((f) => f.endsWith(".html"))
    .sort((a, b) => Number(b === "taskpane.html") - Number(a === "taskpane.html") || a.localeCompare(b));
}

const SHARED_DIRS = ["domain", "i18n"] as const;

/** The task pane page of a build, measured: its files' sizes, runtimes and duplicated domain/i18n modules. */
function taskpaneOf(dist: string, root: string) {
  const bundle = analysePage(dist, "taskpane.html");
  const markers = sourceMarkers(root, SHARED_DIRS);
  const files = bundle.initial.map((f) => ({ file: f, size: sizeOf(dist, f), runtime: bundle.runtimes.includes(f) }));
  return {
    bundle,
    files,
    total: sum(files.map((f) => f.size)),
    duplicated: modulesInSeveralFiles(dist, bundle.initial, markers),
    seen: modulesFound(dist, bundle.initial, markers).length,
    marked: markers.size,
  };
}

const COLUMNS = [
  { title: "Page" },
  { title: "Initial JS (load order)" },
  { title: "Runtimes", align: "right" as const },
  { title: "Raw", align: "right" as const },
  { title: "Gzip -9", align: "right" as const },
  { title: "≤ 400 KB gzip" },
  { title: "Lazy chunks", align: "right" as const },
  { title: "Lazy raw", align: "right" as const },
  { title: "Lazy gzip", align: "right" as const },
];

const COMPARE_COLUMNS = [
  { title: "File" },
  { title: "Before raw", align: "right" as const },
  { title: "Before gzip", align: "right" as const },
  { title: "After raw", align: "right" as const },
  { title: "After gzip", align: "right" as const },
  { title: "Δ gzip", align: "right" as const },
];

export const bundleSuite: Suite = {
  name: "Bundle",
  run({ log, env }: SuiteContext): Section[] {
    const intro = [
      "Production bundle (`npm run build`, i.e. `webpack --mode production`) as found in dist/, page by page. Initial JS: the local scripts of the page's html (its script tags, in order; Office.js, loaded from Microsoft's CDN, is not counted), plus any chunk their webpack startup waits for, raw and gzipped (zlib level 9). Runtimes: how many of those files run on their own, with their own webpack runtime and module scope (a module in two of them is downloaded and run twice, each copy with its own state); the others hand their modules to one of them. Lazy chunks: those the page's runtime can load (its chunk map), loaded on demand. KB = 1,000 bytes.",
      `Targets: the task pane page's initial JS ≤ ${TARGETS.taskpaneInitialGzipBytes / 1000} KB gzipped, in ${TARGETS.taskpaneRuntimes} webpack runtime, with no module of src/domain or src/i18n in two of its files; not larger than the baseline build when one is given (BENCH_BUNDLE_BASELINE).`,
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
    const present = readdirSync(DIST).filter((f) => f.endsWith(".js"));
    const rows: string[][] = [];
    const lazyRows = new Map<string, string[]>();
    const initialFiles = new Set<string>();
    for (const page of pagesOf(DIST)) {
      const b = analysePage(DIST, page);
      for (const f of b.missing) notes.push(`${page} loads ${f}, which is not in dist/.`);
      for (const f of b.awaited) notes.push(`${page}: ${f} is no script tag of the page, but a startup waits for it (counted as initial).`);
      if (b.remote.length > 0) log(`  ${page} also loads ${b.remote.join(", ")} (not counted)`);
      b.initial.forEach((f) => initialFiles.add(f));
      for (const c of b.lazy) (lazyRows.get(c) ?? lazyRows.set(c, []).get(c)!).push(page);
      const initial = sum(b.initial.map((f) => sizeOf(DIST, f)));
      const lazy = sum(b.lazy.map((f) => sizeOf(DIST, f)));
      const budget =
        page === "taskpane.html"
          ? `${verdict(initial.gzip <= TARGETS.taskpaneInitialGzipBytes)} (${Math.round((100 * initial.gzip) / TARGETS.taskpaneInitialGzipBytes)}% of budget)`
          : "—";
      rows.push([page, b.initial.join(" + ") || "(none)", String(b.runtimes.length), kb(initial.raw), kb(initial.gzip), budget, String(b.lazy.length), kb(lazy.raw), kb(lazy.gzip)]);
    }

    // The task pane page in detail, and against the baseline build when one is given.
    const after = taskpaneOf(DIST, ROOT);
    const baselineDir = env.BENCH_BUNDLE_BASELINE ? path.resolve(env.BENCH_BUNDLE_BASELINE) : undefined;
    const baselineRoot = baselineDir && existsSync(path.join(baselineDir, "..", "src")) ? path.join(baselineDir, "..") : ROOT;
    const before = baselineDir && existsSync(path.join(baselineDir, "taskpane.html")) ? taskpaneOf(baselineDir, baselineRoot) : undefined;
    if (baselineDir && !before) notes.push(`BENCH_BUNDLE_BASELINE=${env.BENCH_BUNDLE_BASELINE} has no taskpane.html: no comparison.`);
    const names = [...new Set([...after.files.map((f) => f.file), ...(before?.files ?? []).map((f) => f.file)])];
    const cell = (side: typeof after | undefined, file: string, key: keyof Size) => {
      const f = side?.files.find((x) => x.file === file);
      return f ? `${kb(f.size[key])}${key === "gzip" && f.runtime ? " (runtime)" : ""}` : side ? "—" : "n/a";
    };
    const compareRows = names.map((file) => {
      const b = before?.files.find((x) => x.file === file)?.size.gzip ?? 0;
      const a = after.files.find((x) => x.file === file)?.size.gzip ?? 0;
      return [file, cell(before, file, "raw"), cell(before, file, "gzip"), cell(after, file, "raw"), cell(after, file, "gzip"), before ? signedKb(a - b) : "n/a"];
    });
    compareRows.push([
      "Total",
      before ? kb(before.total.raw) : "n/a",
      before ? kb(before.total.gzip) : "n/a",
      kb(after.total.raw),
      kb(after.total.gzip),
      before ? signedKb(after.total.gzip - before.total.gzip) : "n/a",
    ]);
    const dupText = (d: typeof after.duplicated) => (d.length === 0 ? "none" : `${d.length} (${d.map((x) => `${x.module} in ${x.files.join(" and ")}`).join("; ")})`);
    const oneRuntime = after.bundle.runtimes.length === TARGETS.taskpaneRuntimes;
    const noDuplicates = after.duplicated.length === 0;
    const noGrowth = before ? after.total.gzip <= before.total.gzip : null;
    const compareNotes = [
      `Webpack runtimes among the initial files: ${before ? `before ${before.bundle.runtimes.length} (${before.bundle.runtimes.join(", ")}), ` : ""}now ${after.bundle.runtimes.length} (${after.bundle.runtimes.join(", ") || "none"}): ${verdict(oneRuntime)}.`,
      `Modules of src/domain and src/i18n in two initial files (found by marker strings: literals only that module has; ${after.marked} modules have one, ${after.seen} of them are in the page's initial JS): ${before ? `before ${dupText(before.duplicated)}; ` : ""}now ${dupText(after.duplicated)}: ${verdict(noDuplicates)}.`,
      noGrowth === null
        ? "No baseline: set BENCH_BUNDLE_BASELINE to another build's dist/ (e.g. main's, built in a throwaway worktree) for the before columns."
        : `Initial JS gzip: ${kb(before!.total.gzip)} before, ${kb(after.total.gzip)} now (${signedKb(after.total.gzip - before!.total.gzip)}): ${noGrowth ? "PASS (not larger)" : "MISS (larger than before)"}.`,
    ];
    const shown = (dir: string) => (path.relative(ROOT, dir).startsWith("..") ? dir : path.relative(ROOT, dir));
    if (before) compareNotes.unshift(`Before: ${shown(baselineDir!)}${commitOf(baselineRoot)}, built ${new Date(newest(baselineDir!)).toISOString().replace(/\.\d+Z$/, "Z")}.`);
    log(`  task pane page initial JS: ${kb(after.total.raw)} raw, ${kb(after.total.gzip)} gzip -9, ${after.bundle.runtimes.length} runtime(s), ${after.duplicated.length} duplicated domain/i18n module(s)`);

    const orphans = present.filter((f) => !initialFiles.has(f) && !lazyRows.has(f));
    if (orphans.length > 0) notes.push(`In dist/ but loaded by no page: ${orphans.join(", ")}.`);
    const lazyTable = [...lazyRows.entries()]
      .sort((a, b) => sizeOf(DIST, b[0]).raw - sizeOf(DIST, a[0]).raw)
      .map(([chunk, by]) => {
        const s = sizeOf(DIST, chunk);
        const licence = existsSync(path.join(DIST, `${chunk}.LICENSE.txt`)) ? " (+ licence file)" : "";
        return [chunk + licence, kb(s.raw), kb(s.gzip), by.join(", ")];
      });
    const pass = after.total.gzip <= TARGETS.taskpaneInitialGzipBytes && oneRuntime && noDuplicates && noGrowth !== false;
    return [
      { title: "Bundle", intro, table: { columns: COLUMNS, rows }, notes },
      {
        title: "Bundle: task pane page, before and after",
        intro: [
          "taskpane.html is the custom functions' shared runtime: everything it loads before the pane and the AR.* formulas are ready, file by file, gzip -9, against the baseline build (BENCH_BUNDLE_BASELINE) when given. (runtime) marks a file holding a webpack runtime.",
        ],
        table: { columns: COMPARE_COLUMNS, rows: compareRows },
        notes: compareNotes,
      },
      {
        title: "Bundle: lazy chunks",
        intro: ["Every lazy chunk in dist/, largest first, with the pages whose runtime can load it (raw and gzip -9). A chunk is downloaded the first time a panel or feature that needs it is opened."],
        table: {
          columns: [{ title: "Chunk" }, { title: "Raw", align: "right" }, { title: "Gzip -9", align: "right" }, { title: "Loaded by" }],
          rows: lazyTable,
        },
        notes: [`Overall: ${pass ? "task pane page within its targets" : "some task pane page targets missed (MISS above)"}.`],
      },
    ];
  },
};
