import fc from "fast-check";
import { ymdToSerial } from "../../../src/domain/core";
import {
  CustomerProfile, dunningRun, DunningRunInput, EXCLUSION_REASONS, LOG_COLUMNS, logEntryToRow, policyTemplateRows, readLog, readPolicyTable, DunningLogEntry,
} from "../../../src/domain/dunning";
import { readLedger } from "../../../src/domain/ledger";
import { PlanRecord, PromiseRecord } from "../../../src/domain/plans";

const AS_OF = ymdToSerial(2026, 12, 1);
const HEADER = ["Customer", "Invoice", "Due date", "Open amount", "Currency", "Status", "Country"];
const d = (days: number) => AS_OF - days;

/** A ledger with every kind of item: overdue at each level, not yet due, disputed, credit notes, under a plan, under a promise, a credit balance, small amounts, a bad currency. */
const FIXTURE: (string | number)[][] = [
  HEADER,
  ["Rossi S.r.l.", "IT-1", d(10), 1000, "EUR", "Open", "IT"], // level 1
  ["Rossi S.r.l.", "IT-2", d(40), 2000.5, "EUR", "Open", "IT"], // level 1 too (one step at a time)
  ["Rossi S.r.l.", "IT-3", d(-5), 300, "EUR", "Open", "IT"], // not overdue
  ["Rossi S.r.l.", "IT-4", d(50), 700, "EUR", "Disputed", "IT"], // disputed
  ["Müller GmbH", "DE-1", d(25), 5000, "EUR", "Offen", "DE"], // level 1
  ["Müller GmbH", "DE-2", d(3), 100, "EUR", "Offen", "DE"], // overdue, level 0: listed in the letter
  ["Planned Ltd", "UK-1", d(30), 400, "GBP", "Open", "GB"], // under a plan on track
  ["Planned Ltd", "UK-2", d(30), 500, "GBP", "Open", "GB"], // not in the plan: dunned
  ["Promised SARL", "FR-1", d(30), 800, "EUR", "Ouverte", "FR"], // promise not yet due
  ["Credit BV", "NL-1", d(30), 200, "EUR", "Open", "NL"], // net credit balance
  ["Credit BV", "NL-CN", d(60), -900, "EUR", "Open", "NL"],
  ["Small BV", "NL-2", d(30), 4.99, "EUR", "Open", "NL"], // below the minimum
  ["Odd Co", "X-1", d(30), 100, "XYZ", "Open", "GB"], // unknown currency
  ["Nowhere Ltd", "N-1", d(30), 100, "EUR", "Open", "GB"], // no address in the customer file
  ["Recent Ltd", "R-1", d(5), 100, "EUR", "Open", "GB"], // overdue, no level yet
];

const profile = (name: string, over: Partial<CustomerProfile> = {}): CustomerProfile => ({
  id: "", name, kind: "business", address: ["1 Street", "Town"], country: "", language: "", email: `ar@${name.length}.example`, contact: "", ...over,
});
const CUSTOMERS = ["Rossi S.r.l.", "Müller GmbH", "Planned Ltd", "Promised SARL", "Credit BV", "Small BV", "Odd Co", "Recent Ltd"].map((n) => profile(n));

const plan = { id: "P-1", customerId: "", customer: "Planned Ltd", items: "UK-1", status: "On track" } as unknown as PlanRecord;
const promise = { id: "PR-1", customerId: "", customer: "Promised SARL", status: "Pending", date: AS_OF + 5, amount: 80000 } as unknown as PromiseRecord;

function input(over: Partial<DunningRunInput> = {}, values = FIXTURE): DunningRunInput {
  return {
    asOf: AS_OF, ledger: readLedger(values).rows, customers: CUSTOMERS, policy: readPolicyTable(policyTemplateRows()), log: [], plans: [plan], promises: [promise],
    minimum: 500, defaultLanguage: "en", defaultJurisdiction: "EU", ...over,
  };
}

describe("dunningRun on a fixture ledger with every kind of item", () => {
  const result = dunningRun(input());
  const reasonOf = (invoice: string) => result.exclusions.find((e) => e.item.invoice === invoice)?.reason;
  const letterOf = (customer: string) => result.letters.find((l) => l.customer === customer);

  it("leaves out each item with its reason", () => {
    expect(reasonOf("IT-4")).toBe("disputed");
    expect(reasonOf("UK-1")).toBe("plan");
    expect(reasonOf("FR-1")).toBe("promise");
    expect(reasonOf("NL-1")).toBe("creditBalance");
    expect(reasonOf("NL-2")).toBe("belowMinimum");
    expect(reasonOf("X-1")).toBe("problem");
    expect(reasonOf("N-1")).toBe("problem");
    expect(reasonOf("R-1")).toBe("notYet");
    expect(reasonOf("IT-3")).toBeUndefined(); // not overdue: not part of the run at all
  });

  it("names the problem of each bad customer, and still writes the others", () => {
    expect(result.problems.map((p) => [p.customer, p.problem.code])).toEqual([
      ["Odd Co", "dunning.run.currency"],
      ["Nowhere Ltd", "dunning.run.noEmail"], // not in the customer file; level 1 goes by e-mail
    ]);
    expect(result.letters.map((l) => l.customer).sort()).toEqual(["Müller GmbH", "Planned Ltd", "Rossi S.r.l."]);
  });

  it("groups one letter per customer with all its overdue items, oldest first", () => {
    expect(letterOf("Rossi S.r.l.")!.items.map((i) => i.invoice)).toEqual(["IT-2", "IT-1"]);
    expect(letterOf("Müller GmbH")!.items.map((i) => [i.invoice, i.level])).toEqual([["DE-1", 1], ["DE-2", 0]]);
    expect(letterOf("Planned Ltd")!.items.map((i) => i.invoice)).toEqual(["UK-2"]);
  });

  it("takes the language and the law from the country, and adds up to the cent", () => {
    const rossi = letterOf("Rossi S.r.l.")!;
    expect([rossi.language, rossi.jurisdiction, rossi.level]).toEqual(["it", "IT", 1]);
    expect(rossi.totals).toEqual([{ currency: "EUR", items: 2, principal: 300050, interest: 0, statutoryFees: 0, fee: 0, total: 300050 }]);
    expect(result.totals.find((t) => t.currency === "GBP")).toMatchObject({ level: 1, letters: 1, principal: 50000 });
    expect(result.totals.find((t) => t.currency === "EUR")).toMatchObject({ level: 1, letters: 2, items: 4, principal: 300050 + 510000 });
  });

  it("accounts for every overdue item exactly once", () => {
    const seen = [...result.letters.flatMap((l) => l.items.map((i) => i.entry)), ...result.exclusions.map((e) => e.item.entry)];
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(result.overdueItems);
    expect(result.overdueItems).toBe(13);
  });
});

describe("the log drives the next run's levels", () => {
  const first = dunningRun(input());
  const entries: DunningLogEntry[] = first.letters.flatMap((l) =>
    l.totals.map((t) => ({ date: AS_OF, customerId: l.customerId, customer: l.customer, items: l.items.filter((i) => i.currency === t.currency).map((i) => ({ invoice: i.invoice, level: i.level })), level: l.level, amount: t.principal, interest: t.interest, fee: t.fee + t.statutoryFees, currency: t.currency, channel: l.channel, file: "x.pdf" })),
  );
  // Through the sheet, as the pane writes and reads it.
  const log = readLog([LOG_COLUMNS.map(([h]) => h), ...entries.map(logEntryToRow)]).entries;

  it("sends nothing again the same day: each item is already at its level", () => {
    const again = dunningRun(input({ log }));
    expect(again.letters).toEqual([]);
    expect(again.exclusions.filter((e) => e.customer === "Rossi S.r.l.").map((e) => e.reason)).toEqual(["disputed", "alreadySent", "alreadySent"]);
  });

  it("escalates one step 14 days later, with interest and the EUR 40 per invoice from level 2", () => {
    const later = dunningRun(input({ asOf: AS_OF + 14, log }));
    const rossi = later.letters.find((l) => l.customer === "Rossi S.r.l.")!;
    expect(rossi.items.map((i) => [i.invoice, i.lastLevel, i.level])).toEqual([["IT-2", 1, 2], ["IT-1", 1, 2], ["IT-3", 0, 1]]);
    expect(rossi.level).toBe(2);
    expect(rossi.totals[0].statutoryFees).toBe(12000);
    expect(rossi.totals[0].interest).toBeGreaterThan(0);
  });

  it("never goes below the last level, not before 14 days since the last letter", () => {
    const soon = dunningRun(input({ asOf: AS_OF + 13, log }));
    // New items reach level 1 (IT-3 and DE-2 are now overdue, the promise has passed); the logged ones stay at 1.
    expect(soon.letters.map((l) => l.customer)).toEqual(["Rossi S.r.l.", "Müller GmbH", "Promised SARL", "Recent Ltd"]);
    const rossi = soon.letters[0];
    expect(rossi.items.map((i) => [i.invoice, i.lastLevel, i.level])).toEqual([["IT-2", 1, 1], ["IT-1", 1, 1], ["IT-3", 0, 1]]);
    expect(rossi.previousLetter).toBe(AS_OF);
  });
});

describe("policy table", () => {
  it("reads the template as four levels with their letters", () => {
    const t = readPolicyTable(policyTemplateRows());
    expect(t.problems).toEqual([]);
    expect(t.defaultRules!.map((r) => [r.level, r.minDaysOverdue, r.minDaysSinceLast, r.deadlineDays, r.channel, r.textId])).toEqual([
      [1, 7, 0, 10, "email", "reminder"], [2, 21, 14, 10, "both", "second"], [3, 35, 14, 15, "both", "final"], [4, 60, 14, 30, "letter", "prelegal"],
    ]);
  });

  it("names the row of a skipped level and of a bad cell, per customer", () => {
    const rows = policyTemplateRows();
    const skipped = [rows[0], rows[1], rows[3], rows[4]];
    expect(readPolicyTable(skipped).problems).toEqual([{ row: 3, customer: "", problem: { code: "dunning.table.gap", params: { row: 3, level: 3, expected: 2 } } }]);
    const own = [...rows, ["Rossi S.r.l.", 1, 5, 0, 0, "maybe", "no", 10, "letter", "reminder"]];
    const read = readPolicyTable(own);
    expect(read.problems).toEqual([{ row: 6, customer: "Rossi S.r.l.", problem: { code: "dunning.table.yesNo", params: { row: 6, column: "claim_interest", text: "maybe" } } }]);
    expect(read.defaultRules).not.toBeNull();
  });

  it("gives a customer its own policy, and sets apart a customer whose own policy is bad", () => {
    const rows = [...policyTemplateRows(), ["Rossi S.r.l.", 1, 30, 0, 5, "no", "no", 20, "letter", "final"]];
    const own = dunningRun(input({ policy: readPolicyTable(rows) }));
    expect(own.exclusions.filter((e) => e.customer === "Rossi S.r.l.").map((e) => e.reason)).toEqual(["disputed"]);
    const rossi = own.letters.find((l) => l.customer === "Rossi S.r.l.")!;
    expect([rossi.level, rossi.rule.textId, rossi.totals[0].fee, rossi.deadlineDays]).toEqual([1, "final", 500, 20]);
    const bad = dunningRun(input({ policy: readPolicyTable([...policyTemplateRows(), ["Rossi S.r.l.", 2, 30, 0, 5, "no", "no", 20, "letter", "final"]]) }));
    expect(bad.problems.find((p) => p.customer === "Rossi S.r.l.")?.problem.code).toBe("dunning.run.badOwnPolicy");
    expect(bad.letters.some((l) => l.customer === "Rossi S.r.l.")).toBe(false);
  });
});

describe("legal minimum deadlines", () => {
  it("gives an Italian final demand at least 15 days and a UK individual's letter before action 30", () => {
    const rows = policyTemplateRows().map((r, i) => (i === 0 ? r : [r[0], r[1], i === 1 ? 1 : r[2], r[3], r[4], r[5], r[6], 3, "letter", i === 1 ? "final" : "prelegal"]));
    const customers = [profile("Rossi S.r.l."), profile("Jane Smith", { kind: "individual" })];
    const values = [HEADER, ["Rossi S.r.l.", "IT-1", d(10), 1000, "EUR", "Open", "IT"], ["Jane Smith", "UK-1", d(10), 1000, "GBP", "Open", "GB"]];
    const policy = readPolicyTable([rows[0], ["", 1, 1, 0, 0, "no", "no", 3, "letter", "final"]]);
    const r = dunningRun(input({ customers, policy }, values));
    expect(r.letters.find((l) => l.customer === "Rossi S.r.l.")!.deadlineDays).toBe(15);
    const uk = readPolicyTable([rows[0], ["", 1, 1, 0, 0, "no", "no", 3, "letter", "prelegal"]]);
    expect(dunningRun(input({ customers, policy: uk }, values)).letters.find((l) => l.customer === "Jane Smith")!.deadlineDays).toBe(30);
  });
});

describe("dunningRun invariants (property)", () => {
  const names = ["A Ltd", "B GmbH", "C S.r.l.", "D BV", "E SARL"];
  const row = fc.record({
    customer: fc.constantFrom(...names),
    days: fc.integer({ min: -30, max: 200 }),
    cents: fc.integer({ min: -50_000, max: 5_000_000 }),
    currency: fc.constantFrom("EUR", "GBP", "USD"),
    disputed: fc.boolean(),
  });
  it("puts every overdue item in exactly one letter or one exclusion, and the totals are the items' sums to the cent", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.integer({ min: 0, max: 100_000 }), (rows, minimum) => {
        const values = [HEADER, ...rows.map((r, i) => [r.customer, `I-${i}`, d(r.days), r.cents / 100, r.currency, r.disputed ? "Disputed" : "Open", "GB"])];
        const result = dunningRun(input({ minimum, customers: names.map((n) => profile(n)) }, values));
        const seen = [...result.letters.flatMap((l) => l.items.map((i) => i.entry)), ...result.exclusions.map((e) => e.item.entry)];
        expect(new Set(seen).size).toBe(seen.length);
        const overdue = rows.filter((r) => r.cents > 0 && r.days > 0).length;
        expect(seen.length).toBe(overdue);
        expect(result.overdueItems).toBe(overdue);
        for (const l of result.letters) {
          for (const t of l.totals) {
            const mine = l.items.filter((i) => i.currency === t.currency);
            expect(t.principal).toBe(mine.reduce((a, i) => a + i.open, 0));
            expect(t.total).toBe(mine.reduce((a, i) => a + i.open + i.interest + i.statutoryFee, 0) + t.fee);
          }
        }
        for (const cur of new Set(result.totals.map((t) => t.currency))) {
          const sum = result.letters.flatMap((l) => l.items).filter((i) => i.currency === cur).reduce((a, i) => a + i.open, 0);
          expect(result.totals.filter((t) => t.currency === cur).reduce((a, t) => a + t.principal, 0)).toBe(sum);
        }
        expect(result.exclusions.every((e) => EXCLUSION_REASONS.includes(e.reason))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe("dunningRun with payments the bank reported after the ledger's export (AR Cash)", () => {
  const paidOn = AS_OF - 1;
  const result = dunningRun(
    input({
      paid: [
        // DE-1 settled in two payments; IT-2 paid in part; IT-1 paid by another customer of the same invoice number.
        { customerId: "", customer: "Müller GmbH", invoice: "DE-1", amount: 300_000, date: paidOn - 1 },
        { customerId: "", customer: "Müller GmbH", invoice: "de-1 ", amount: 200_000, date: paidOn },
        { customerId: "", customer: "Rossi S.r.l.", invoice: "IT-2", amount: 50_050, date: paidOn },
        { customerId: "", customer: "Someone Else", invoice: "IT-1", amount: 100_000, date: paidOn },
      ],
    }),
  );

  it("leaves out an invoice the payments settle, naming the last payment's date", () => {
    const e = result.exclusions.find((x) => x.item.invoice === "DE-1");
    expect(e?.reason).toBe("paid");
    expect(e?.detail.date).toBe("2026-11-30");
    expect(result.letters.find((l) => l.customer === "Müller GmbH")?.items.map((i) => i.invoice) ?? []).not.toContain("DE-1");
  });

  it("duns an invoice paid in part for what is still open, and ignores another customer's payment", () => {
    const rossi = result.letters.find((l) => l.customer === "Rossi S.r.l.")!;
    expect(rossi.items.find((i) => i.invoice === "IT-2")?.open).toBe(200_050 - 50_050);
    expect(rossi.items.find((i) => i.invoice === "IT-1")?.open).toBe(100_000);
  });

  it("still puts every overdue item exactly once in a letter or the exclusions", () => {
    const entries = [...result.letters.flatMap((l) => l.items.map((i) => i.entry)), ...result.exclusions.map((x) => x.item.entry)];
    expect(new Set(entries).size).toBe(entries.length);
    expect(entries.length).toBe(result.overdueItems);
  });
});
