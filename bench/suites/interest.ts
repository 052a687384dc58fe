import { HyperFormula } from "hyperformula";
import { toMinor } from "../../src/domain/core";
import { halfYearOf, InterestRegime, JURISDICTIONS, lateInterestTotals, referenceRate, statutoryMargin } from "../../src/domain/interest";
import { functions } from "../../src/functions";
import { DEFAULT_SEED, generateLedger, mulberry32 } from "../lib/generate";
import { collect, now, repetitionsFor, timeAlternating } from "../lib/measure";
import { count, ms, ratio, Section, Suite, SuiteContext, verdict } from "../lib/table";

/**
 * Late interest (issue 13), two measurements:
 * 1. The domain on a ledger of up to 1,048,576 invoices, each with 0 to 3 partial payments, the six
 *    regimes in turn, to the bench's as-of date, against the limit: a loop that reads every input cell
 *    once (amount, due date, three payment dates and amounts). Target ≤ 10×.
 * 2. 100,000 AR.LATEINTEREST calls through the registry, as Excel calls them once per row, against what
 *    users write today: `=amount*rate*(end-due)/365` on every row, built and evaluated by HyperFormula,
 *    with the rate in force on the first day of delay. Target: AR.LATEINTEREST ≥ 2× faster. And how far
 *    that hand formula is from the statutory figure on the same ledger.
 */
export const TARGETS = { domainVsRead: 10, fasterThanHandFormula: 2 } as const;
const CALLS = 100_000;

let sink = 0;
const keep = (x: unknown) => {
  sink += Array.isArray(x) ? x.length : typeof x === "number" ? x : 1;
};

/** The invoices as a sheet hands them over: one row per invoice, blank payment cells as null. */
interface InterestLedger {
  readonly rows: (number | null)[][];
  readonly asOf: number;
}

const PAYMENT_COLUMNS = 3;

/** A seeded ledger: |amount| of the bench generator's, its due dates, and 0–3 partial payments between due date and as-of. */
export function interestLedger(n: number, seed: number): InterestLedger {
  const l = generateLedger({ rows: n, seed, withCustomers: false });
  const rand = mulberry32(seed ^ 0x1a7e);
  const rows: (number | null)[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const amount = Math.abs(l.amounts[i][0]);
    const due = l.dueDates[i][0];
    const row: (number | null)[] = [amount, due];
    const payments = Math.floor(rand() * (PAYMENT_COLUMNS + 1));
    for (let k = 0; k < PAYMENT_COLUMNS; k++) {
      if (k < payments) {
        const date = due + Math.floor(rand() * Math.max(1, l.asOf - due + 30));
        row.push(date, Math.round(amount * 100 * rand() * 0.3) / 100);
      } else row.push(null, null);
    }
    rows[i] = row;
  }
  return { rows, asOf: l.asOf };
}

const REGIMES: readonly InterestRegime[] = JURISDICTIONS.map((jurisdiction) => ({ kind: "statutory", jurisdiction }));
// Bound once, as the domain binds its helpers: a call through the core's re-exports is a getter call under ts-node.
const minor = toMinor;

/** Invoices read into columns and walked at a time: the columns of a block stay in the processor's cache. */
const BLOCK = 16_384;

/**
 * (1) The domain: the rows read into columns (amounts to cents, each invoice's payments gathered), then
 * lateInterestTotals over them, each invoice under the next of the six regimes, a block of invoices
 * at a time as the paced pane reads a ledger. At a million invoices, columns for the whole ledger
 * (77 MB of array buffers) crossed V8's 64 MB external-memory trigger and forced a full collection of
 * the ledger's heap inside the walk (≈ 170 ms, as long as the walk itself); a block's columns take 1.1 MB.
 */
export function domainRun(l: InterestLedger): number {
  const rows = l.rows;
  const n = rows.length;
  const size = Math.min(BLOCK, n);
  const principal = new Float64Array(size);
  const dueDate = new Float64Array(size);
  const regimeIndex = new Uint8Array(size);
  const paymentStart = new Int32Array(size + 1);
  const paymentDate = new Float64Array(size * PAYMENT_COLUMNS);
  const paymentAmount = new Float64Array(size * PAYMENT_COLUMNS);
  let total = 0;
  for (let from = 0; from < n; from += size) {
    const count = Math.min(size, n - from);
    let p = 0;
    for (let j = 0; j < count; j++) {
      const i = from + j;
      const r = rows[i];
      principal[j] = minor(r[0] as number);
      dueDate[j] = r[1] as number;
      regimeIndex[j] = i % REGIMES.length;
      paymentStart[j] = p;
      for (let k = 0; k < PAYMENT_COLUMNS; k++) {
        const date = r[2 + 2 * k];
        if (date === null) continue;
        paymentDate[p] = date;
        paymentAmount[p++] = minor(r[3 + 2 * k] as number);
      }
    }
    paymentStart[count] = p;
    const whole = count === size;
    const totals = lateInterestTotals({
      principal: whole ? principal : principal.subarray(0, count),
      dueDate: whole ? dueDate : dueDate.subarray(0, count),
      endDate: l.asOf,
      regimes: REGIMES,
      regimeIndex: whole ? regimeIndex : regimeIndex.subarray(0, count),
      paymentStart,
      paymentDate,
      paymentAmount,
    });
    for (let j = 0; j < count; j++) total += totals[j];
  }
  return total;
}

/** (1) The limit: every input cell read once and summed. */
export function readEveryCell(l: InterestLedger): number {
  let sum = 0;
  const rows = l.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (let c = 0; c < r.length; c++) {
      const v = r[c];
      if (v !== null) sum += v;
    }
  }
  return sum;
}

/** The EU rate a user would look up: the ECB rate in force on the first day of delay's half-year + 8. */
function handRate(due: number): number {
  const lookup = referenceRate("EU", halfYearOf(due + 1).start);
  return (lookup.entry.micro + statutoryMargin("EU", due, false)) / 1_000_000;
}

/** (2) The hand formula's sheet: amount, due, end, rate, and `=A*D*(C-B)/365` in E on every row. */
function handSheet(l: InterestLedger, n: number): (number | string)[][] {
  const data: (number | string)[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const [amount, due] = l.rows[i] as number[];
    data[i] = [amount, due, l.asOf, handRate(due), `=A${i + 1}*D${i + 1}*(C${i + 1}-B${i + 1})/365`];
  }
  return data;
}

function runHandFormula(data: (number | string)[][]): { ms: number; values: number[] } {
  collect();
  const start = now();
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", maxRows: 1_048_576 });
  const values = hf.getSheetValues(0).map((r) => r[4] as number);
  const elapsed = now() - start;
  hf.destroy();
  return { ms: elapsed, values };
}

function registryCalls(l: InterestLedger, n: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = functions.LATEINTEREST(l.rows[i][0], l.rows[i][1], l.asOf, "EU", null, null as never, null as never);
  return out;
}

function warmUp(seed: number): void {
  const l = interestLedger(4096, seed);
  for (let i = 0; i < 20; i++) {
    keep(domainRun(l));
    keep(readEveryCell(l));
    keep(registryCalls(l, 4096));
  }
  keep(runHandFormula(handSheet(l, 1024)).ms);
}

export const interestSuite: Suite = {
  name: "AR.LATEINTEREST",
  run({ sizes, log, env }: SuiteContext): Section[] {
    const seed = Number(env.BENCH_SEED ?? DEFAULT_SEED);
    warmUp(seed);
    const sections: Section[] = [];
    const rows: string[][] = [];
    let allPass = true;
    for (const n of sizes) {
      const l = interestLedger(n, seed);
      const { warmup, reps } = repetitionsFor(n);
      const [tRead, tDomain] = timeAlternating([() => readEveryCell(l), () => domainRun(l)], warmup, reps, keep);
      const r = tDomain.ms / tRead.ms;
      allPass &&= r <= TARGETS.domainVsRead;
      log(`  ${count(n)} invoices: domain ${ms(tDomain.ms)} ms, read ${ms(tRead.ms)} ms`);
      rows.push([count(n), ms(tDomain.ms), ms(tRead.ms), ratio(r), `${verdict(r <= TARGETS.domainVsRead)} (≤ ${TARGETS.domainVsRead}×)`]);
    }
    sections.push({
      title: "Late interest: the domain on a ledger",
      intro: [
        "`lateInterestTotals` on seeded invoices (the bench ledger's amounts as positive amounts, its due dates from 400 days before to 90 after as-of 2026-11-25), each with 0 to 3 partial payments (a quarter each), the regimes EU, DE, IT, FR, NL and UK in turn; each row's cells are read into columns (amounts converted to cents, each invoice's payments gathered) inside the measured time, 16,384 invoices at a time as the paced pane reads them (columns for a million invoices at once, 77 MB of array buffers, set off a full garbage collection of the ledger inside the walk: 19× at 1,048,576 before).",
        "Limit: a loop reading every input cell once (amount, due date, three payment dates and amounts) and summing them. Median of several runs after a warm-up, alternating, a full GC before each. Target: ≤ 10× the limit.",
      ],
      table: {
        columns: [{ title: "Invoices", align: "right" }, { title: "Domain ms", align: "right" }, { title: "Read ms", align: "right" }, { title: "÷ read", align: "right" }, { title: "Target" }],
        rows,
      },
      notes: [`Overall: ${allPass ? "every target met" : "some targets missed (MISS above)"}.`],
    });

    // (2) Calls through the registry against the hand formula in HyperFormula.
    const n = Math.min(CALLS, sizes[sizes.length - 1]);
    const l = interestLedger(n, seed);
    const data = handSheet(l, n);
    log(`  ${count(n)} AR.LATEINTEREST calls…`);
    const [tCalls] = timeAlternating([() => registryCalls(l, n)], 2, 5, keep);
    const hand: number[] = [];
    let theirs: number[] = [];
    for (let k = 0; k < 3; k++) {
      const run = runHandFormula(data);
      hand.push(run.ms);
      theirs = run.values;
    }
    const tHand = hand.sort((a, b) => a - b)[1];
    const ours = registryCalls(l, n);
    const speedup = tHand / tCalls.ms;
    let off = 0;
    let maxOff = 0;
    let sumDiff = 0;
    let negative = 0;
    for (let i = 0; i < n; i++) {
      const hc = Math.round(theirs[i] * 100);
      const oc = Math.round(ours[i] * 100);
      if (hc < 0) negative++;
      if (hc !== oc) off++;
      maxOff = Math.max(maxOff, Math.abs(hc - oc));
      sumDiff += hc - oc;
    }
    const oursTotal = ours.reduce((a, x) => a + Math.round(x * 100), 0);
    if (sink < 0) log(String(sink));
    sections.push({
      title: "Late interest: AR.LATEINTEREST against a hand formula",
      intro: [
        `${count(n)} calls \`functions.LATEINTEREST(amount, due_date, as_of, "EU")\` through the registry (no payments), one per row as Excel calls them; median of 5 runs after 2 warm-ups.`,
        "Hand formula: a sheet of the same rows with the amount, due date, end date and the EU rate in force on the first day of delay, and `=A1*D1*(C1-B1)/365` in every row, built and evaluated by HyperFormula (build + evaluation + reading the results; median of 3). Target: AR.LATEINTEREST ≥ 2× faster.",
      ],
      table: {
        columns: [{ title: "Rows", align: "right" }, { title: "AR.LATEINTEREST ms", align: "right" }, { title: "Hand formula ms", align: "right" }, { title: "Hand ÷ ours", align: "right" }, { title: "≥ 2×" }],
        rows: [[count(n), ms(tCalls.ms), ms(tHand), ratio(speedup), verdict(speedup >= TARGETS.fasterThanHandFormula)]],
      },
      notes: [
        `How far the hand formula is off (its result rounded to the cent against AR.LATEINTEREST): ${count(off)} of ${count(n)} rows differ, by up to ${(maxOff / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}; over the ledger it claims ${(Math.abs(sumDiff) / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })} ${sumDiff >= 0 ? "more" : "less"} than the statutory ${(oursTotal / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}. It keeps one rate across half-years, and on the ${count(negative)} rows not yet due it gives negative interest where the statute gives 0.`,
      ],
    });
    return sections;
  },
};
