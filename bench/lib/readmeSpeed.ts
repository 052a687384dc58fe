/**
 * The README's speed paragraph, made from bench/results.md so the two cannot disagree: `npm run bench`
 * rewrites it after each run, and a test checks the README against the results file.
 */

export const SPEED_START = "<!-- speed: written by npm run bench from bench/results.md -->";
export const SPEED_END = "<!-- /speed -->";

interface AgingRow {
  readonly kase: string;
  readonly ms: string;
  readonly ratio: string;
  readonly sumifs: string;
}

/** The AR.AGING row of `results` for `rows` rows and a case ("ungrouped" or "by … customers"). */
function agingRow(results: string, rows: string, kase: RegExp): AgingRow {
  for (const line of results.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells[1] === rows && kase.test(cells[2] ?? "")) return { kase: cells[2], ms: cells[3], ratio: cells[5], sumifs: cells[8] };
  }
  throw new Error(`bench/results.md has no AR.AGING row for ${rows} rows, ${kase}: run npm run bench`);
}

/** The median longest block (ms) of the Aging report section's row for 1,048,576 rows and a case. */
function reportBlock(results: string, kase: RegExp): string {
  const section = results.slice(results.indexOf("\n## Aging report"));
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells[1] === "1,048,576" && kase.test(cells[2] ?? "")) return cells[6];
  }
  throw new Error("bench/results.md has no Aging report row for 1,048,576 rows: run npm run bench");
}

/** The paragraph, from the AR.AGING and Aging report rows at 1,048,576 rows and the run's machine. */
export function speedParagraph(results: string): string {
  const field = (name: string) => new RegExp(`^- ${name}: (.+)$`, "m").exec(results)?.[1] ?? "?";
  const flat = agingRow(results, "1,048,576", /^ungrouped$/);
  const grouped = agingRow(results, "1,048,576", /^by [\d,]+ customers$/);
  return [
    `On the last run (${field("Date")}, ${field("CPU")}), \`AR.AGING\` aged 1,048,576 rows in ${flat.ms} ms, ${flat.ratio} the`,
    `cost of merely reading the cells, and in ${grouped.ms} ms ${grouped.kase.replace(/^by/, "grouped by")} (${grouped.ratio}); that is`,
    `${flat.sumifs} faster than SUMIFS per bucket, and to the cent where SUMIFS drifts.`,
    `The Aging panel's report of as many rows holds the pane for at most ${reportBlock(results, /^ungrouped$/)} ms between two pauses`,
    `(${reportBlock(results, /^by [\d,]+ customers$/)} ms grouped; a browser "long task" is one over 50 ms).`,
    "Every figure, size and target is in [`bench/results.md`](bench/results.md).",
  ].join("\n");
}

/** `readme` with its speed paragraph replaced by the one made from `results`. */
export function withSpeedParagraph(readme: string, results: string): string {
  const start = readme.indexOf(SPEED_START);
  const end = readme.indexOf(SPEED_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${SPEED_START} … ${SPEED_END} block`);
  return `${readme.slice(0, start + SPEED_START.length)}\n${speedParagraph(results)}\n${readme.slice(end)}`;
}
