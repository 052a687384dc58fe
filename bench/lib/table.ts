import os from "node:os";

/**
 * Tables and report sections: each suite returns sections, printed to the console as aligned text and
 * written to bench/results.md as markdown.
 */

export type Align = "left" | "right";

export interface Column {
  readonly title: string;
  readonly align?: Align;
}

export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
}

export interface Section {
  readonly title: string;
  /** Paragraphs before the table (how it was measured, targets). */
  readonly intro: readonly string[];
  readonly table: Table;
  /** Paragraphs after the table (skipped sizes, notes). */
  readonly notes: readonly string[];
}

/** What every suite gets: the sizes to run and a logger for progress lines. */
export interface SuiteContext {
  readonly sizes: readonly number[];
  readonly log: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface Suite {
  readonly name: string;
  /** A suite may be async (the task pane's runs are): the runner awaits each suite in turn. */
  run(context: SuiteContext): Section[] | Promise<Section[]>;
}

const pad = (text: string, width: number, align: Align) => (align === "right" ? text.padStart(width) : text.padEnd(width));

/** The table as aligned plain text for the console. */
export function textTable(table: Table): string {
  const widths = table.columns.map((c, k) => Math.max(c.title.length, ...table.rows.map((r) => (r[k] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((cell, k) => pad(cell ?? "", widths[k], table.columns[k].align ?? "left")).join("  ");
  return [line(table.columns.map((c) => c.title)), widths.map((w) => "-".repeat(w)).join("  "), ...table.rows.map(line)].join("\n");
}

/** The table as GitHub markdown. */
export function markdownTable(table: Table): string {
  const escape = (s: string) => s.replace(/\|/g, "\\|");
  const head = `| ${table.columns.map((c) => escape(c.title)).join(" | ")} |`;
  const rule = `| ${table.columns.map((c) => (c.align === "right" ? "---:" : ":---")).join(" | ")} |`;
  return [head, rule, ...table.rows.map((r) => `| ${r.map(escape).join(" | ")} |`)].join("\n");
}

export function textSection(section: Section): string {
  return [`== ${section.title} ==`, ...section.intro, "", textTable(section.table), "", ...section.notes].join("\n");
}

export function markdownSection(section: Section): string {
  const paragraphs = (ps: readonly string[]) => ps.map((p) => `${p}\n`);
  return [`## ${section.title}\n`, ...paragraphs(section.intro), markdownTable(section.table), "", ...paragraphs(section.notes)].join("\n");
}

export interface Machine {
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly platform: string;
  readonly date: string;
  /** 1-minute load average when the bench started: other work on the machine skews timings. */
  readonly load: number;
}

/** The machine the bench ran on. The date is BENCH_DATE when given, else today's (UTC) date. */
export function machine(env: Readonly<Record<string, string | undefined>>): Machine {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    date: env.BENCH_DATE ?? new Date().toISOString().slice(0, 10),
    load: os.loadavg()[0],
  };
}

/**
 * `fresh` (a report of some suites only) with the sections of `previous` it does not hold kept where
 * they were: a section of `fresh` replaces the one of the same title, the others come after. The
 * header is `fresh`'s, noting which sections are kept from `previous` and of which date.
 */
export function mergeReports(previous: string, fresh: string): string {
  const split = (text: string) => {
    const parts = text.split(/^(?=## )/m);
    const sections = parts.slice(1).map((body) => ({ title: body.slice(3, body.indexOf("\n")).trim(), body }));
    return { header: parts[0], sections };
  };
  const old = split(previous);
  const now = split(fresh);
  const titles = new Set(now.sections.map((s) => s.title));
  const used = new Set<string>();
  const out: string[] = [];
  for (const s of old.sections) {
    const replacement = now.sections.find((n) => n.title === s.title);
    if (replacement) used.add(s.title);
    out.push(replacement ? replacement.body : s.body);
  }
  for (const n of now.sections) if (!used.has(n.title)) out.push(n.body);
  const kept = old.sections.filter((s) => !titles.has(s.title)).map((s) => s.title);
  if (kept.length === 0) return now.header + out.join("");
  const date = /^- Date: (.*)$/m.exec(old.header)?.[1] ?? "an earlier run";
  const load = /^- Load average \(1 min\) at start: (.*)$/m.exec(old.header)?.[1];
  const note = `- Kept from the run of ${date}${load ? ` (load ${load})` : ""}, not run this time: ${kept.join("; ")}`;
  const header = now.header.replace(/\n*$/, "\n") + note + "\n\n";
  return header + out.join("");
}

export function markdownReport(m: Machine, sections: readonly Section[], preamble: readonly string[]): string {
  const header = [
    "# Credit Desk benchmarks",
    "",
    "Generated by `npm run bench` (bench/run.ts); do not edit by hand.",
    "",
    `- Date: ${m.date}`,
    `- Node: ${m.node}`,
    `- CPU: ${m.cpu} × ${m.cores}`,
    `- Memory: ${m.memoryGiB} GiB`,
    `- Platform: ${m.platform}`,
    `- Load average (1 min) at start: ${m.load.toFixed(2)}`,
    ...preamble.map((p) => `- ${p}`),
    "",
  ];
  return [...header, ...sections.map(markdownSection)].join("\n");
}

/** Formats milliseconds with 3 significant figures (0.0123, 1.23, 123, 12,345). */
export function ms(value: number): string {
  if (value >= 1000) return Math.round(value).toLocaleString("en-US");
  return value.toPrecision(3);
}

/** Formats a ratio: 2.3×, 0.41×, 1,234×. */
export function ratio(value: number): string {
  if (!Number.isFinite(value)) return "—";
  if (value >= 100) return `${Math.round(value).toLocaleString("en-US")}×`;
  return `${value.toPrecision(2)}×`;
}

export function bytes(value: number): string {
  const mib = value / 2 ** 20;
  return mib >= 10 ? `${Math.round(mib)} MiB` : `${mib.toFixed(1)} MiB`;
}

export function count(value: number): string {
  return value.toLocaleString("en-US");
}

export function verdict(pass: boolean): string {
  return pass ? "PASS" : "MISS";
}
