import { writeFileSync } from "node:fs";
import path from "node:path";
import { benchSizes } from "./lib/generate";
import { machine, markdownReport, Section, Suite, textSection } from "./lib/table";
import { agingSuite } from "./suites/aging";
import { agingReportSuite } from "./suites/agingReport";
import { bundleSuite } from "./suites/bundle";
import { creditReviewSuite } from "./suites/creditReview";
import { interestSuite } from "./suites/interest";
import { plansSuite } from "./suites/plans";

/**
 * `npm run bench`: runs every suite on generated ledgers, prints each section and writes them all to
 * bench/results.md. A later formula or job adds its suite file under bench/suites/ and to this list.
 *
 * Environment:
 *   BENCH_MAX_ROWS   largest ledger (default 1,048,576), e.g. BENCH_MAX_ROWS=65536 for a quick run
 *   BENCH_SUITES     comma-separated suite names to run (default all), e.g. "AR.AGING"
 *   BENCH_SEED       PRNG seed of the generated ledgers
 *   BENCH_CUSTOMERS  distinct customers of the grouped case (default 50,000; capped at the rows)
 *   BENCH_SUMIFS_BUDGET_MS  time budget of the SUMIFS baseline per size (default 60,000)
 *   BENCH_DATE       the date written in results.md (default today, UTC)
 *   BENCH_OUT        where to write the markdown (default bench/results.md; "-" to skip)
 */
const suites: Suite[] = [agingSuite, agingReportSuite, bundleSuite, creditReviewSuite, plansSuite, interestSuite];

async function main(): Promise<void> {
  const env = process.env;
  const maxRows = Number(env.BENCH_MAX_ROWS ?? 1_048_576);
  if (!Number.isFinite(maxRows) || maxRows < 1024) throw new Error(`BENCH_MAX_ROWS must be a number ≥ 1024, got ${env.BENCH_MAX_ROWS}`);
  const sizes = benchSizes(Math.min(maxRows, 1_048_576));
  const wanted = env.BENCH_SUITES?.split(",").map((s) => s.trim().toLowerCase());
  const selected = suites.filter((s) => !wanted || wanted.includes(s.name.toLowerCase()));
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
    writeFileSync(out, markdownReport(m, sections, preamble));
    console.log(`Wrote ${out}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
