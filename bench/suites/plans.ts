import { functions } from "../../src/functions";
import { ymdToSerial } from "../../src/domain/core";
import { buildSchedule, fewestInstallments, regularPayment } from "../../src/domain/plans";
import { timeAlternating } from "../lib/measure";
import { count, ms, ratio, Section, Suite, verdict } from "../lib/table";

/**
 * AR.PAYMENTPLAN: a fixed count of 600 instalments, and the budget search (installments blank, a budget
 * given) for a balance of 10,000,000.00 whose budget needs about 1,000 instalments. Time per call,
 * through the formula registry as Excel calls it. Baseline, measured alternately in the same run: the
 * fixed-count schedule of the same length as the search's answer. Target: the budget search (finding n,
 * then building the schedule) within 5× that schedule, i.e. a closed form for n and a check of its
 * neighbours, not a linear search.
 */
export const TARGETS = { budgetVsFixed: 5 } as const;

let sink = 0;
const keep = (x: unknown) => {
  sink += Array.isArray(x) ? x.length : 1;
};

export const plansSuite: Suite = {
  name: "AR.PAYMENTPLAN",
  run({ log }) {
    const start = ymdToSerial(2027, 1, 31);
    const rate = 0.05;
    const sections: Section[] = [];

    // A fixed count of 600 instalments (50 years monthly) on 250,000.00.
    const fixed600 = () => functions.PAYMENTPLAN(250000, start, 600, rate, 12, null, null);
    log("  600 instalments…");
    const [t600] = timeAlternating([fixed600], 10, 41, keep);

    // The budget search: 10,000,000.00 with the payment of a 1,000-instalment plan as the budget.
    const balance = 1_000_000_000;
    const budget = regularPayment(balance, 1000, rate, 12);
    const n = fewestInstallments(balance, rate, 12, budget);
    const searchCall = () => functions.PAYMENTPLAN(10_000_000, start, null, rate, 12, budget / 100, null);
    const fixedSame = () => functions.PAYMENTPLAN(10_000_000, start, n, rate, 12, null, null);
    const searchOnly = () => fewestInstallments(balance, rate, 12, budget);
    const scheduleOnly = () => buildSchedule(balance, start, n, rate, 12);
    log("  budget search…");
    const [tSearch, tFixed, tSearchOnly, tSchedule] = timeAlternating([searchCall, fixedSame, searchOnly, scheduleOnly], 10, 41, keep);
    const r = tSearch.ms / tFixed.ms;
    if (sink < 0) log(String(sink));

    sections.push({
      title: "AR.PAYMENTPLAN: fixed count and budget search",
      intro: [
        "Median time per call over 41 calls (10 warm-up), through the formula registry; monthly, 5 % a year.",
        `Budget search: balance 10,000,000.00, budget ${(budget / 100).toFixed(2)} (the payment of a 1,000-instalment plan) → ${count(n)} instalments.`,
        `Target: budget search ≤ ${TARGETS.budgetVsFixed}× the fixed-count schedule of the same length.`,
      ],
      table: {
        columns: [{ title: "Case" }, { title: "Instalments", align: "right" }, { title: "ms / call", align: "right" }, { title: "vs fixed", align: "right" }, { title: "Target", align: "right" }],
        rows: [
          ["AR.PAYMENTPLAN fixed count", count(600), ms(t600.ms), "", ""],
          ["AR.PAYMENTPLAN fixed count (baseline)", count(n), ms(tFixed.ms), ratio(1), ""],
          ["AR.PAYMENTPLAN budget search", count(n), ms(tSearch.ms), ratio(r), verdict(r <= TARGETS.budgetVsFixed)],
          ["  of which fewestInstallments", count(n), ms(tSearchOnly.ms), ratio(tSearchOnly.ms / tFixed.ms), ""],
          ["  buildSchedule alone", count(n), ms(tSchedule.ms), ratio(tSchedule.ms / tFixed.ms), ""],
        ],
      },
      notes: [],
    });
    return sections;
  },
};
