import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { benchSizes } from "./lib/generate";
import { machine, markdownReport, markdownSection, Section, Suite, textSection } from "./lib/table";
import { agingSuite } from "./suites/aging";
import { agingReportSuite } from "./suites/agingReport";
import { bundleSuite } from "./suites/bundle";
import { cashSuite } from "./suites/cash";
import { creditReviewSuite } from "./suites/creditReview";
import { dunningSuite } from "./suites/dunning";
import { interestSuite } from "./suites/interest";
import { lettersSuite } from "./suites/letters";
import { plansSuite } from "./suites/plans";
import { writeoffsSuite } from "./suites/writeoffs";
import { statementsSuite } from "./suites/statements";

/**
 * `npm run bench`: runs every suite on generated ledgers, prints each section and writes them all to
 * bench/results.md. A later formula or job adds its suite file under bench/suites/ and to this list.
 *
 * Environment:
 *   BENCH_MAX_ROWS   largest ledger (default 1,048,576), e.g. BENCH_MAX_ROWS=65536 for a quick run
 *   BENCH_SUITES     comma-separated suites to run (default all): file names of bench/suites/ or suite
 *                    names, any case, e.g. "bundle,agingReport" or "AR.AGING". A partial run replaces
 *                    only its own sections of the markdown and keeps the others
 *   BENCH_SEED       PRNG seed of the generated ledgers
 *   BENCH_CUSTOMERS  distinct customers of the grouped case (default 50,000; capped at the rows)
 *   BENCH_SUMIFS_BUDGET_MS  time budget of the SUMIFS baseline per size (default 60,000)
 *   BENCH_DATE       the date written in results.md (default today, UTC)
 *   BENCH_OUT        where to write the markdown (default bench/results.md; "-" to skip)
 */
const suites: Suite[] = [agingSuite, agingReportSuite, bundleSuite, creditReviewSuite, plansSuite, interestSuite, writeoffsSuite, lettersSuite, dunningSuite, statementsSuite, cashSuite];
/** Each suite's file name under bench/suites/, which BENCH_SUITES may give instead of its name. */
const files = new Map<Suite, string>([
  [agingSuite, "aging"],
  [agingReportSuite, "agingReport"],
  [bundleSuite, "bundle"],
  [creditReviewSuite, "creditReview"],
  [plansSuite, "plans"],
  [interestSuite, "interest"],
  [writeoffsSuite, "writeoffs"],
  [lettersSuite, "letters"],
  [dunningSuite, "dunning"],
  [statementsSuite, "statements"],
  [cashSuite, "cash"],
]);

/**
 * The markdown of a partial run: `previous` (the last results.md) with each of `sections` in place of
 * the section of the same title (a new title goes after the run's previous section, or at the end),
 * each marked with the date of its run.
 */
function spliceReport(previous: string, sections: readonly Section[], stamp: string): string {
  const parts = previous.split(/^(?=## )/m);
  let last = -1;
  for (const s of sections) {
    const text = markdownSection({ ...s, notes: [...s.notes, stamp] });
    const at = parts.findIndex((p, k) => k > 0 && p.startsWith(`## ${s.title}\n`));
    if (at > 0) parts[at] = text;
    else parts.splice(last > 0 ? last + 1 : parts.length, 0, text);
    last = at > 0 ? at : last > 0 ? last + 1 : parts.length - 1;
  }
  return parts.map((p, k) => (k === 0 ? p : `${p.trimEnd()}\n${k < parts.length - 1 ? "\n" : ""}`)).join("");
}

async function main(): Promise<void> {
  const env = process.env;
  const maxRows = Number(env.BENCH_MAX_ROWS ?? 1_048_576);
  if (!Number.isFinite(maxRows) || maxRows < 1024) throw new Error(`BENCH_MAX_ROWS must be a number ≥ 1024, got ${env.BENCH_MAX_ROWS}`);
  const sizes = benchSizes(Math.min(maxRows, 1_048_576));
  const wanted = env.BENCH_SUITES?.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const names = (s: Suite) => [s.name.toLowerCase(), files.get(s)!.toLowerCase()];
  const unknown = wanted?.filter((w) => !suites.some((s) => names(s).includes(w)));
  if (unknown?.length) throw new Error(`BENCH_SUITES: no suite ${unknown.join(", ")} (suites: ${suites.map((s) => files.get(s)).join(", ")})`);
  const selected = suites.filter((s) => !wanted || names(s).some((n) => wanted.includes(n)));
  const m = machine(env);
  console.log(`Credit Desk bench · ${m.date} · Node ${m.node} · ${m.cpu} × ${m.cores} · load ${m.load.toFixed(2)} · sizes ${sizes.join(", ")}`);
  const started = performance.now();
  const sections: Section[] = [];
  // One suite at a time, awaiting the async ones, so that no two suites' timings overlap.
  for (const suite of selected) {
    console.log(`\n${suite.name}…`);
    const out = await suite.run({ sizes, log: (line) => console.log(line), env });
    for (const s of out) console.log(`\n${textSection(s)}`);
    sections.push(...out);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nDone in ${seconds.toFixed(0)} s.`);
  const out = env.BENCH_OUT ?? path.join(__dirname, "results.md");
  if (out !== "-") {
    const preamble = [`Sizes: ${sizes.map((n) => n.toLocaleString("en-US")).join("; ")} rows`, `Run time: ${seconds.toFixed(0)} s`];
    const partial = selected.length < suites.length && existsSync(out);
    const stamp = `(This section: run alone on ${m.date} with BENCH_SUITES=${env.BENCH_SUITES}, Node ${m.node}, load ${m.load.toFixed(2)}; the header above is that of the last full run.)`;
    writeFileSync(out, partial ? spliceReport(readFileSync(out, "utf8"), sections, stamp) : markdownReport(m, sections, preamble));
    console.log(`Wrote ${out}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
