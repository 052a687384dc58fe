import fc from "fast-check";
import { ageItems } from "../../../src/domain/aging/aging";
import { DomainError } from "../../../src/domain/core/problem";
import { readLedger } from "../../../src/domain/ledger";
import {
  approve,
  balances,
  credit,
  debit,
  isBalanced,
  journalEntry,
  JournalEntry,
  journalRows,
  nextEntryNumber,
  parseApprovers,
  readJournal,
  readPolicy,
  JOURNAL_COLUMNS,
  recover,
  reverseWriteOff,
  rowsToWriteOffs,
  WRITEOFF_COLUMNS,
  writeOff,
  WriteOffItem,
  writeOffToRow,
  withoutWrittenOff,
  withoutWrittenOffSteps,
  WriteOffPolicy,
  WriteOffRecord,
  provisionChange,
  bookedAllowance,
} from "../../../src/domain/writeoffs";

const DATE = 46_000;
const SETTINGS = {
  "accounts.receivable": "1200",
  "accounts.provision": "1290",
  "accounts.writeOff": "6800",
  "accounts.bank": "1000",
  "accounts.badDebtRecovered": "7900",
  "writeoffs.approvers": "Anna Rossi: 5,000\nMark Bell: 50000\nCFO = 1.000.000\nBoard: 100000000000",
};
const POLICY: WriteOffPolicy = readPolicy(SETTINGS);
const EXPENSE: WriteOffPolicy = readPolicy({ ...SETTINGS, "writeoffs.method": "expense" });

const item = (invoice: string, open: number, customer = "Rossi S.r.l.", customerId = "C-1", currency = "EUR"): WriteOffItem => ({ customer, customerId, invoice, open, currency, dueDate: DATE - 200 });
const header = { id: "JE-000001", date: DATE, type: "Write-off" as const, currency: "EUR", customerId: "", customer: "X", invoice: "F1", reason: "r", approver: "a", reverses: "" };

/** Every entry balances, and every line has one side above 0. */
function expectBalanced(entries: readonly JournalEntry[]) {
  for (const e of entries) {
    expect(isBalanced(e)).toBe(true);
    expect(e.lines.reduce((s, l) => s + l.debit, 0)).toBe(e.lines.reduce((s, l) => s + l.credit, 0));
  }
}

const post = (items: WriteOffItem[], register: WriteOffRecord[] = [], policy = POLICY, approver = "Anna Rossi", second = "") =>
  writeOff({ items, date: DATE, reason: "Customer insolvent", approver, secondApprover: second, policy, register, nextNumber: nextEntryNumber(register.map((w) => w.entryId)) });

describe("journalEntry", () => {
  it("makes a balanced entry", () => {
    const e = journalEntry(header, [debit("1290", 5000), credit("1200", 5000)]);
    expect(e.lines).toEqual([{ account: "1290", debit: 5000, credit: 0 }, { account: "1200", debit: 0, credit: 5000 }]);
    expect(isBalanced(e)).toBe(true);
  });
  it.each<[string, Parameters<typeof journalEntry>[1], string]>([
    ["debits above credits", [debit("1290", 5000), credit("1200", 4999)], "writeoffs.unbalanced"],
    ["one line", [debit("1290", 5000)], "writeoffs.entryLines"],
    ["a line with both sides", [{ account: "1290", debit: 5, credit: 5 }, credit("1200", 0)], "writeoffs.entryLine"],
    ["a line with neither side", [debit("1290", 0), credit("1200", 0)], "writeoffs.entryLine"],
    ["a negative amount", [debit("1290", -5), credit("1200", -5)], "writeoffs.entryLine"],
    ["a fraction of a cent", [debit("1290", 0.5), credit("1200", 0.5)], "writeoffs.entryLine"],
    ["no account", [debit(" ", 5), credit("1200", 5)], "writeoffs.entryAccount"],
  ])("refuses %s", (_, lines, code) => {
    expect(() => journalEntry(header, lines)).toThrow(expect.objectContaining({ problem: expect.objectContaining({ code }) }));
  });
  it("numbers entries one above the highest", () => {
    expect(nextEntryNumber([])).toBe(1);
    expect(nextEntryNumber(["JE-000007", "JE-000002", "other"])).toBe(8);
  });
});

describe("parseApprovers and approve", () => {
  it("reads names and limits in major units", () => {
    expect(parseApprovers("Anna Rossi: 5,000\n\nMark Bell: 50000\nCFO = 1.000.000\nBoard: 100000000000")).toEqual([
      { name: "Anna Rossi", limit: 500_000 },
      { name: "Mark Bell", limit: 5_000_000 },
      { name: "CFO", limit: 100_000_000 },
      { name: "Board", limit: 10_000_000_000_000 },
    ]);
  });
  it("names the line it cannot read", () => {
    expect(() => parseApprovers("Anna: 5000\nMark Bell")).toThrow(new DomainError("writeoffs.approverLine", { line: 2, text: "Mark Bell" }));
  });
  it("lets an approver approve up to the limit alone", () => {
    expect(approve(POLICY, 500_000, "anna rossi")).toBe("Anna Rossi");
  });
  it("asks for a second approver above the limit, whose limit must cover the amount", () => {
    expect(() => approve(POLICY, 500_001, "Anna Rossi")).toThrow(new DomainError("writeoffs.secondRequired", { name: "Anna Rossi", limit: "5000.00", amount: "5000.01" }));
    expect(approve(POLICY, 900_000, "Anna Rossi", "Mark Bell")).toBe("Anna Rossi + Mark Bell");
    expect(() => approve(POLICY, 6_000_000, "Anna Rossi", "Mark Bell")).toThrow(
      new DomainError("writeoffs.overLimit", { name: "Anna Rossi", limit: "5000.00", amount: "60000.00", second: "Mark Bell", secondLimit: "50000.00" }),
    );
    expect(() => approve(POLICY, 900_000, "Anna Rossi", "anna rossi")).toThrow(new DomainError("writeoffs.sameApprover", { name: "Anna Rossi" }));
  });
  it("refuses someone not in the policy, and a policy without approvers", () => {
    expect(() => approve(POLICY, 100, "Bob")).toThrow(new DomainError("writeoffs.notApprover", { name: "Bob" }));
    expect(() => approve(readPolicy({ ...SETTINGS, "writeoffs.approvers": "" }), 100, "Anna Rossi")).toThrow(new DomainError("writeoffs.noApprovers"));
  });
  it("refuses a policy with an account code missing, naming its setting", () => {
    expect(() => readPolicy({ ...SETTINGS, "accounts.bank": " " })).toThrow(new DomainError("writeoffs.noAccount", { setting: "accounts.bank" }));
  });
});

describe("writeOff", () => {
  it("posts Dr allowance / Cr receivable per item and a register row each", () => {
    const p = post([item("F1", 120_000), item("F2", 30_000)]);
    expect(p.entries.map((e) => [e.id, e.type, e.invoice, e.approver, e.lines])).toEqual([
      ["JE-000001", "Write-off", "F1", "Anna Rossi", [debit("1290", 120_000), credit("1200", 120_000)]],
      ["JE-000002", "Write-off", "F2", "Anna Rossi", [debit("1290", 30_000), credit("1200", 30_000)]],
    ]);
    expect(p.register.map((w) => [w.invoice, w.amount, w.status, w.entryId, w.recovered])).toEqual([
      ["F1", 120_000, "Written off", "JE-000001", 0],
      ["F2", 30_000, "Written off", "JE-000002", 0],
    ]);
    expectBalanced(p.entries);
  });
  it("charges bad-debt expense under the expense method", () => {
    expect(post([item("F1", 10_000)], [], EXPENSE).entries[0].lines).toEqual([debit("6800", 10_000), credit("1200", 10_000)]);
  });
  it("checks the approval on the total of the items", () => {
    // 3,000 + 3,000 is above Anna's 5,000.
    expect(() => post([item("F1", 300_000), item("F2", 300_000)])).toThrow(expect.objectContaining({ problem: expect.objectContaining({ code: "writeoffs.secondRequired" }) }));
    expect(post([item("F1", 300_000), item("F2", 300_000)], [], POLICY, "Anna Rossi", "Mark Bell").entries[0].approver).toBe("Anna Rossi + Mark Bell");
  });
  describe("bad input: nothing posted", () => {
    it("refuses a paid item or a credit note", () => {
      expect(() => post([item("F1", 100), item("F2", 0)])).toThrow(new DomainError("writeoffs.nothingOpen", { invoice: "F2", customer: "Rossi S.r.l.", amount: "0.00" }));
      expect(() => post([item("CN1", -500)])).toThrow(expect.objectContaining({ problem: expect.objectContaining({ code: "writeoffs.nothingOpen" }) }));
    });
    it("refuses an item written off already, by the customer key (id), or chosen twice", () => {
      const first = post([item("F1", 100)]);
      expect(() => post([item(" f1 ", 100, "ROSSI SRL", "c-1")], [...first.register])).toThrow(new DomainError("writeoffs.already", { invoice: "f1", customer: "ROSSI SRL", entry: "JE-000001" }));
      expect(() => post([item("F1", 100), item("F1", 100)])).toThrow(expect.objectContaining({ problem: expect.objectContaining({ code: "writeoffs.already" }) }));
      // Another customer's F1 is another item.
      expect(post([item("F1", 100, "Müller", "C-2")], [...first.register]).entries).toHaveLength(1);
    });
    it("refuses no reason and no items", () => {
      expect(() => writeOff({ items: [item("F1", 1)], date: DATE, reason: " ", approver: "Anna Rossi", policy: POLICY, register: [], nextNumber: 1 })).toThrow(new DomainError("writeoffs.reasonRequired"));
      expect(() => post([])).toThrow(new DomainError("writeoffs.noItems"));
    });
  });
});

describe("recover", () => {
  const base = () => post([item("F1", 100_000), item("F2", 50_000)], [], POLICY, "Mark Bell");
  const recovery = (register: readonly WriteOffRecord[], amount: number, chosen: string[] = [], policy = POLICY) =>
    recover({ customer: { customer: "rossi srl", customerId: "C-1" }, amount, date: DATE + 30, currency: "EUR", chosen, reason: "Bank 123", approver: "Anna Rossi", policy, register, nextNumber: 10 });

  it("reinstates and records the cash, oldest first, leaving the rest written off", () => {
    const wo = base();
    // F1 and F2 share the write-off date; F1 is the older entry.
    const p = recovery(wo.register, 120_000);
    expect(p.entries.map((e) => [e.id, e.type, e.invoice, e.reverses, e.lines])).toEqual([
      ["JE-000010", "Reinstatement", "F1", "JE-000001", [debit("1200", 100_000), credit("1290", 100_000)]],
      ["JE-000011", "Cash", "F1", "", [debit("1000", 100_000), credit("1200", 100_000)]],
      ["JE-000012", "Reinstatement", "F2", "JE-000002", [debit("1200", 20_000), credit("1290", 20_000)]],
      ["JE-000013", "Cash", "F2", "", [debit("1000", 20_000), credit("1200", 20_000)]],
    ]);
    expect(p.register.map((w) => [w.invoice, w.status, w.recovered])).toEqual([
      ["F1", "Recovered", 100_000],
      ["F2", "Written off", 20_000],
    ]);
    expectBalanced(p.entries);
  });
  it("matches the chosen write-offs in their order", () => {
    const p = recovery(base().register, 10_000, ["JE-000002"]);
    expect(p.entries.map((e) => e.invoice)).toEqual(["F2", "F2"]);
  });
  it("credits bad debts recovered under the expense method", () => {
    const wo = post([item("F1", 100_000)], [], EXPENSE, "Mark Bell");
    expect(recovery(wo.register, 100_000, [], EXPENSE).entries[0].lines).toEqual([debit("1200", 100_000), credit("7900", 100_000)]);
  });
  describe("bad input: nothing posted", () => {
    it("refuses a recovery larger than what is written off", () => {
      expect(() => recovery(base().register, 150_001)).toThrow(new DomainError("writeoffs.recoveryTooLarge", { amount: "1500.01", outstanding: "1500.00", customer: "rossi srl" }));
      expect(() => recovery(base().register, 60_000, ["JE-000002"])).toThrow(expect.objectContaining({ problem: expect.objectContaining({ code: "writeoffs.recoveryTooLarge" }) }));
    });
    it("refuses 0, a customer with nothing written off, and a write-off not open", () => {
      expect(() => recovery(base().register, 0)).toThrow(expect.objectContaining({ problem: expect.objectContaining({ code: "writeoffs.recoveryAmount" }) }));
      expect(() => recovery([], 100)).toThrow(expect.objectContaining({ problem: expect.objectContaining({ code: "writeoffs.noneToRecover" }) }));
      expect(() => recovery(base().register, 100, ["JE-000099"])).toThrow(new DomainError("writeoffs.notOpen", { entry: "JE-000099" }));
    });
  });
});

describe("reverseWriteOff", () => {
  it("posts the write-off's lines on the other side and marks it Reversed; reversing twice is refused", () => {
    const wo = post([item("F1", 100_000)]);
    const reversal = reverseWriteOff({ entryId: "JE-000001", date: DATE + 1, reason: "Paid before the write-off", approver: "Anna Rossi", journal: wo.entries, register: wo.register, nextNumber: 2 });
    expect(reversal.entries[0]).toMatchObject({ id: "JE-000002", type: "Reversal", reverses: "JE-000001", lines: [debit("1200", 100_000), credit("1290", 100_000)] });
    expect(reversal.register[0].status).toBe("Reversed");
    expectBalanced(reversal.entries);
    const journal = [...wo.entries, ...reversal.entries];
    expect(() => reverseWriteOff({ entryId: "JE-000001", date: DATE + 2, reason: "again", approver: "Anna Rossi", journal, register: reversal.register, nextNumber: 3 })).toThrow(
      new DomainError("writeoffs.alreadyReversed", { entry: "JE-000001", by: "JE-000002" }),
    );
    // Even when the register was not updated (a hand edit), the journal's reversing entry refuses it.
    expect(() => reverseWriteOff({ entryId: "JE-000001", date: DATE + 2, reason: "again", approver: "Anna Rossi", journal, register: wo.register, nextNumber: 3 })).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ code: "writeoffs.alreadyReversed" }) }),
    );
    // A reversed item can be written off again.
    expect(post([item("F1", 100_000)], [...reversal.register]).entries[0].id).toBe("JE-000002");
  });
  it("refuses a write-off with money recovered, and an entry that is not a write-off", () => {
    const wo = post([item("F1", 100_000)]);
    const rec = recover({ customer: item("F1", 0), amount: 100, date: DATE, currency: "", chosen: [], reason: "", approver: "A", policy: POLICY, register: wo.register, nextNumber: 2 });
    const journal = [...wo.entries, ...rec.entries];
    expect(() => reverseWriteOff({ entryId: "JE-000001", date: DATE, reason: "x", approver: "A", journal, register: rec.register, nextNumber: 4 })).toThrow(new DomainError("writeoffs.reverseRecovered", { entry: "JE-000001", recovered: "1.00" }));
    expect(() => reverseWriteOff({ entryId: "JE-000002", date: DATE, reason: "x", approver: "A", journal, register: rec.register, nextNumber: 4 })).toThrow(new DomainError("writeoffs.noSuchWriteOff", { entry: "JE-000002" }));
  });
});

describe("the sheets", () => {
  it("reads back the journal and the register it writes", () => {
    const wo = post([item("F1", 100_000), item("F2", 50_000)], [], POLICY, "Mark Bell");
    const rec = recover({ customer: item("F1", 0), amount: 120_000, date: DATE + 3, currency: "EUR", chosen: [], reason: "ref", approver: "A", policy: POLICY, register: wo.register, nextNumber: 3 });
    const entries = [...wo.entries, ...rec.entries];
    const read = readJournal([[...JOURNAL_COLUMNS], ...journalRows(entries)]);
    expect(read).toEqual({ entries, broken: [], unreadable: 0 });
    const register = rowsToWriteOffs([[...WRITEOFF_COLUMNS], ...rec.register.map(writeOffToRow)]);
    expect(register.records).toEqual(rec.register);
  });
  it("sets apart an entry edited out of balance", () => {
    const rows = journalRows(post([item("F1", 100_000)]).entries);
    rows[0][3] = 999;
    expect(readJournal([[...JOURNAL_COLUMNS], ...rows])).toEqual({ entries: [], broken: ["JE-000001"], unreadable: 0 });
  });
});

describe("provisionChange", () => {
  it("tops the allowance up to the provision, or releases it, against what the journal has booked", () => {
    const first = provisionChange(POLICY, "EUR", 58_000_000, 0, DATE, 1, "Provision", "A");
    expect(first.entry?.lines).toEqual([debit("6800", 58_000_000), credit("1290", 58_000_000)]);
    // A write-off of 100,000 charged to the allowance: 480,000 booked; a new provision of 500,000 adds 20,000.
    const wo = post([item("F1", 10_000_000, "Rossi", "C-1")], [], POLICY, "CFO");
    const journal = [first.entry!, ...wo.entries];
    expect(bookedAllowance(journal, "1290", "EUR", DATE)).toBe(48_000_000);
    expect(provisionChange(POLICY, "EUR", 50_000_000, bookedAllowance(journal, "1290", "EUR", DATE), DATE, 3, "P", "A").entry?.lines).toEqual([debit("6800", 2_000_000), credit("1290", 2_000_000)]);
    expect(provisionChange(POLICY, "EUR", 40_000_000, 48_000_000, DATE, 3, "P", "A").entry?.lines).toEqual([debit("1290", 8_000_000), credit("6800", 8_000_000)]);
    expect(provisionChange(POLICY, "EUR", 1, 1, DATE, 3, "P", "A").entry).toBeNull();
  });
});

describe("properties", () => {
  const cents = fc.integer({ min: 1, max: 1e9 });
  const items = fc.uniqueArray(fc.record({ invoice: fc.stringMatching(/^[A-Z]{1,2}\d{1,3}$/), open: cents }), { selector: (x) => x.invoice, minLength: 1, maxLength: 12 });
  const method = fc.constantFrom(POLICY, EXPENSE);

  it("every posted entry balances, on every path (write-off, recoveries, reversal, provision)", () => {
    fc.assert(
      fc.property(items, method, fc.array(fc.integer({ min: 1, max: 1e9 }), { maxLength: 5 }), cents, (list, policy, payments, required) => {
        const wo = post(list.map((x) => item(x.invoice, x.open)), [], policy, "Board", "");
        const posted: JournalEntry[] = [...wo.entries];
        let register = wo.register;
        for (const amount of payments) {
          const left = register.reduce((s, w) => s + (w.status === "Written off" ? w.amount - w.recovered : 0), 0);
          if (left === 0) break;
          const rec = recover({ customer: item("", 0), amount: Math.min(amount, left), date: DATE, currency: "EUR", chosen: [], reason: "", approver: "A", policy, register, nextNumber: nextEntryNumber(posted.map((e) => e.id)) });
          posted.push(...rec.entries);
          register = rec.register;
        }
        const untouched = register.find((w) => w.recovered === 0);
        if (untouched) posted.push(...reverseWriteOff({ entryId: untouched.entryId, date: DATE, reason: "x", approver: "A", journal: posted, register, nextNumber: nextEntryNumber(posted.map((e) => e.id)) }).entries);
        const change = provisionChange(policy, "EUR", required, bookedAllowance(posted, policy.accounts.allowance, "EUR", DATE), DATE, 999, "P", "A");
        if (change.entry) posted.push(change.entry);
        expectBalanced(posted);
        // The whole journal balances too: debits = credits over every account.
        expect([...balances(posted).get("EUR")!.values()].reduce((s, b) => s + b, 0)).toBe(0);
      }),
    );
  });

  it("write-off then full recovery puts receivable and allowance back where they were, then the cash settles the receivable", () => {
    fc.assert(
      fc.property(items, method, (list, policy) => {
        const wo = post(list.map((x) => item(x.invoice, x.open)), [], policy, "Board");
        const total = list.reduce((s, x) => s + x.open, 0);
        const rec = recover({ customer: item("", 0), amount: total, date: DATE, currency: "EUR", chosen: [], reason: "", approver: "A", policy, register: wo.register, nextNumber: 1000 });
        const after = balances([...wo.entries, ...rec.entries]).get("EUR")!;
        const reinstated = balances([...wo.entries, ...rec.entries.filter((e) => e.type === "Reinstatement")]).get("EUR")!;
        const { receivable, allowance, expense, recovered, bank } = policy.accounts;
        // After the reinstatements: receivable and allowance (or expense against recovered) as before the write-off.
        expect(reinstated.get(receivable) ?? 0).toBe(0);
        expect(reinstated.get(allowance) ?? 0).toBe(0);
        expect((reinstated.get(expense) ?? 0) + (reinstated.get(recovered) ?? 0)).toBe(0);
        // After the cash: the allowance still where it was, the receivable paid and the bank up by the total.
        expect(after.get(allowance) ?? 0).toBe(0);
        expect(after.get(receivable)).toBe(-total);
        expect(after.get(bank)).toBe(total);
        expect(rec.register.every((w) => w.status === "Recovered" && w.recovered === w.amount)).toBe(true);
      }),
    );
  });

  it("aging after a write-off excludes exactly the written-off amount", () => {
    const ledgerRow = fc.record({ customer: fc.constantFrom("Rossi", "Müller", "Dupont"), invoice: fc.integer({ min: 1, max: 30 }).map((n) => `F${n}`), cents: fc.integer({ min: -1e7, max: 1e8 }), days: fc.integer({ min: -30, max: 200 }) });
    fc.assert(
      fc.property(fc.uniqueArray(ledgerRow, { selector: (r) => `${r.customer}|${r.invoice}`, minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 10 }), (rows, picks) => {
        const values = [["Customer", "Invoice", "Due date", "Open amount", "Currency"], ...rows.map((r) => [r.customer, r.invoice, DATE - r.days, r.cents / 100, "EUR"])];
        const ledger = readLedger(values).rows;
        const chosen = [...new Set(picks.map((p) => p % rows.length))].filter((i) => rows[i].cents > 0);
        const wo = chosen.length === 0 ? null : post(chosen.map((i) => item(rows[i].invoice, rows[i].cents, rows[i].customer.toUpperCase(), "")), [], POLICY, "Board");
        const filtered = withoutWrittenOff(ledger, wo?.register ?? []);
        const writtenOff = chosen.reduce((s, i) => s + rows[i].cents, 0);
        const before = ageItems(ledger.open, ledger.dueDate, DATE).grandTotal.total;
        const after = ageItems(filtered.rows.open, filtered.rows.dueDate, DATE).grandTotal.total;
        expect(before - after).toBe(writtenOff);
        expect(filtered.excludedAmount).toBe(writtenOff);
        expect(filtered.excluded).toBe(chosen.length);
        // In steps of 3 rows (as the pane runs it, pausing between steps): the same rows out.
        const steps = withoutWrittenOffSteps(ledger, wo?.register ?? [], 3);
        let next = steps.next();
        let yields = 0;
        for (; !next.done; next = steps.next()) yields++;
        expect(Array.from(next.value.rows.sourceIndex)).toEqual(Array.from(filtered.rows.sourceIndex));
        expect(next.value.rows.invoice).toEqual(filtered.rows.invoice);
        expect(yields).toBe(chosen.length === 0 ? 0 : 2 * Math.ceil(ledger.length / 3));
      }),
    );
  });
});
