import { ymdToSerial } from "../../../src/domain/core/dates";
import { customerIdLookup, customerIdOf, customerKeyOf, sameCustomer } from "../../../src/domain/customers";
import { readLedger } from "../../../src/domain/ledger";
import { openItemsByCustomer, openPlanOf, Payment, paymentsOf, PLAN_COLUMNS, PlanRecord, planToRow, PROMISE_COLUMNS, promiseToRow, readPayments, rowsToPlans, rowsToPromises, trackPlan, trackPromise } from "../../../src/domain/plans";
import { RegisterCell } from "../../../src/domain/plans/registerRows";

/*
 * One customer key for every register: the customer id (the ledger's, else the AR Customers one of
 * the name), else the name; matching by id when both sides have one, else by name. Registers written
 * before (no Customer id column: keyed by name) are read whole.
 */

const ACCEPTED = ymdToSerial(2026, 11, 25);
const FIRST = ymdToSerial(2026, 12, 25);

const plan = (over: Partial<PlanRecord> = {}): PlanRecord => ({
  id: "ROSSI-261125", customerId: "1001", customer: "Rossi S.r.l.", language: "it", items: "F-7", balance: 120000, totalPayable: 120000, annualRate: 0,
  frequency: 12, installments: 3, firstDue: FIRST, lastDue: ymdToSerial(2027, 2, 25), accepted: ACCEPTED, status: "On track", statusDate: ACCEPTED,
  arrears: 0, daysLate: 0, brokenOn: null, brokenArrears: null, replaces: "", replacedBy: "", scheduleSheet: "AR Plan ROSSI 2026-11-25", rounding: "up", history: "", ...over,
});

describe("the customer key", () => {
  it("matches by id when both sides have one, else by name", () => {
    expect(sameCustomer({ customer: "Rossi", customerId: "1001" }, { customer: "ROSSI S.R.L.", customerId: " 1001 " })).toBe(true);
    expect(sameCustomer({ customer: "Rossi", customerId: "1001" }, { customer: "Rossi", customerId: "1002" })).toBe(false);
    expect(sameCustomer({ customer: "Rossi", customerId: "1001" }, { customer: "rossi" })).toBe(true);
    expect(sameCustomer({ customer: "Rossi" }, { customer: "Bianchi" })).toBe(false);
    expect(customerKeyOf({ customer: "Rossi", customerId: "k-1" })).toBe("id:K-1");
    expect(customerKeyOf({ customer: "Rossi S.r.l.", customerId: "" })).toBe("name:rossisrl");
  });

  it("takes the ledger's id, else the AR Customers id of the name (when only one customer has it), else none", () => {
    const directory = [{ id: "C-000001", name: "Rossi S.r.l." }, { id: "C-000002", name: "Twin Ltd" }, { id: "C-000003", name: "Twin Ltd." }];
    expect(customerIdOf({ customer: "ROSSI SRL", customerId: "" }, directory)).toBe("C-000001");
    expect(customerIdOf({ customer: "Rossi", customerId: "1001" }, directory)).toBe("1001");
    expect(customerIdOf({ customer: "Twin Ltd" }, directory)).toBe("");
    expect(customerIdLookup([])({ customer: "Rossi" })).toBe("");
  });
});

describe("open items by customer key", () => {
  const ledger = (rows: (string | number)[][]) => readLedger([["Customer No.", "Customer Name", "Invoice", "Due date", "Amount"], ...rows]).rows;

  it("groups by the ledger's customer id: two customers of one name stay two, two spellings of one id are one", () => {
    const customers = openItemsByCustomer(ledger([["1001", "Rossi", "F1", 46000, 100], ["1002", "Rossi", "F2", 46000, 200], ["1001", "ROSSI S.R.L.", "F3", 46000, 300]]));
    expect(customers.map((c) => [c.customerId, c.customer, c.items.map((i) => i.invoice)])).toEqual([
      ["1001", "Rossi", ["F1", "F3"]],
      ["1002", "Rossi", ["F2"]],
    ]);
  });

  it("takes the AR Customers id of the name when the ledger has no id column, else keys by name", () => {
    const rows = readLedger([["Customer", "Invoice", "Due date", "Amount"], ["Rossi S.r.l.", "F1", 46000, 100], ["Harper", "H1", 46000, 50]]).rows;
    expect(openItemsByCustomer(rows, [{ id: "C-000007", name: "ROSSI SRL" }]).map((c) => [c.customerId, c.customer])).toEqual([
      ["C-000007", "Rossi S.r.l."],
      ["", "Harper"],
    ]);
  });
});

describe("payments matched to plans and promises by the key", () => {
  const pay = (customer: string, customerId: string | undefined, amount: number): Payment => ({ customer, ...(customerId === undefined ? {} : { customerId }), date: FIRST, amount });

  it("counts a payment of the plan's id (any spelling of the name), or of its name when the payment has no id; not another id's", () => {
    const payments = [pay("ROSSI SRL", "1001", 10000), pay("Rossi S.r.l.", "1002", 20000), pay("Rossi S.r.l.", undefined, 40000)];
    expect(paymentsOf(payments, plan(), ACCEPTED).map((p) => p.amount)).toEqual([10000, 40000]);
    // A plan of the old register (no id) matches every payment of its name.
    expect(paymentsOf(payments, plan({ customerId: "" }), ACCEPTED).map((p) => p.amount)).toEqual([10000, 20000, 40000]);
    expect(trackPlan(plan(), payments, FIRST).arrears).toBe(0);
    expect(trackPlan(plan(), [pay("Rossi S.r.l.", "1002", 40000)], FIRST + 20).status).toBe("Broken");
  });

  it("reads the payments table's customer id column, beside the name", () => {
    const read = readPayments([["Customer No.", "Customer", "Payment date", "Amount"], ["1001", "Rossi", 46000, 10], ["1002", "Rossi", 46001, 20]]);
    expect(read.payments).toEqual([
      { customer: "Rossi", customerId: "1001", date: 46000, amount: 1000 },
      { customer: "Rossi", customerId: "1002", date: 46001, amount: 2000 },
    ]);
    // A number column alone is the customer, as before.
    expect(readPayments([["Customer No.", "Payment date", "Amount"], ["1001", 46000, 10]]).payments).toEqual([{ customer: "1001", date: 46000, amount: 1000 }]);
  });

  it("finds a customer's open plan by the key", () => {
    const register = [plan({ id: "A", customerId: "1002", customer: "Rossi" }), plan({ id: "B" })];
    expect(openPlanOf(register, { customer: "Rossi S.r.l.", customerId: "1001" })?.id).toBe("B");
    expect(openPlanOf(register, { customer: "rossi", customerId: "1002" })?.id).toBe("A");
    expect(openPlanOf(register, { customer: "Bianchi", customerId: "1003" })).toBeUndefined();
  });
});

/** The AR Plans header and rows as the released version (keyed by name, no Customer id column) wrote them. */
const RELEASED_PLAN_HEADER = [
  "Plan id", "Customer", "Language", "Items covered", "Balance", "Total payable", "Annual rate", "Payments a year", "Instalments", "First due", "Last due",
  "Accepted", "Status", "Status date", "Arrears", "Days late", "Broken on", "Arrears when broken", "Replaces", "Replaced by", "Schedule sheet", "Payment rounding",
];
const RELEASED_PLANS: RegisterCell[][] = [
  ["HARPERSUPP-261125", "Harper Supplies Ltd", "en", "INV-1; INV-2", 1000, 1000, 0, 12, 2, FIRST, FIRST + 31, ACCEPTED, "Closed", ACCEPTED + 3, 0, 0, null, null, "", "HARPERSUPP-261128", "AR Plan HARPERSUPP 2026-11-25", "up"],
  ["HARPERSUPP-261128", "Harper Supplies Ltd", "en", "INV-1; INV-2", 1000, 1000, 0, 12, 5, FIRST, FIRST + 123, ACCEPTED + 3, "Broken", FIRST + 20, 200, 20, FIRST + 8, 200, "HARPERSUPP-261125", "", "AR Plan HARPERSUPP 2026-11-28", "up"],
  ["ROSSI-C8C8-261125", "Rossi Forniture S.r.l.", "it", "F-7", 1200, 1200, 0.05, 12, 3, FIRST, FIRST + 62, ACCEPTED, "On track", ACCEPTED, 0, 0, null, null, "", "", "AR Plan ROSSI-C8C8 2026-11-25", "up"],
];
const RELEASED_PROMISE_HEADER = ["Promise id", "Customer", "Amount", "Promised date", "Note", "Recorded", "Status", "Status date", "Paid", "Arrears", "Days late"];
const RELEASED_PROMISES: RegisterCell[][] = [
  ["PR-KEPTLTD-261125", "Kept Ltd", 300, ACCEPTED + 5, "phoned", ACCEPTED, "Kept", ACCEPTED + 8, 300, 0, 0],
  ["PR-BROKELTD-261125", "Broke Ltd", 250, ACCEPTED + 5, "", ACCEPTED, "Broken", ACCEPTED + 8, 0, 250, 3],
];

describe("registers written under the old key (by name)", () => {
  it("finds every plan of an AR Plans sheet the released version wrote, keyed by name, and rewrites it in the new layout", () => {
    const { records, unreadable } = rowsToPlans([RELEASED_PLAN_HEADER, ...RELEASED_PLANS]);
    expect(unreadable).toEqual([]);
    expect(records.map((p) => [p.id, p.customerId, p.customer, p.status, p.installments, p.balance, p.replaces, p.replacedBy])).toEqual([
      ["HARPERSUPP-261125", "", "Harper Supplies Ltd", "Closed", 2, 100000, "", "HARPERSUPP-261128"],
      ["HARPERSUPP-261128", "", "Harper Supplies Ltd", "Broken", 5, 100000, "HARPERSUPP-261125", ""],
      ["ROSSI-C8C8-261125", "", "Rossi Forniture S.r.l.", "On track", 3, 120000, "", ""],
    ]);
    expect(records[1]).toMatchObject({ brokenOn: FIRST + 8, brokenArrears: 20000, arrears: 20000, daysLate: 20, scheduleSheet: "AR Plan HARPERSUPP 2026-11-28", rounding: "up" });
    expect(records[2]).toMatchObject({ annualRate: 0.05, language: "it", firstDue: FIRST, accepted: ACCEPTED });
    // Rewritten under the new header (Customer id beside Customer), every plan reads back the same.
    const header = PLAN_COLUMNS.map(([h]) => h);
    expect(header.slice(0, 3)).toEqual(["Plan id", "Customer id", "Customer"]);
    expect(rowsToPlans([header, ...records.map(planToRow)]).records).toEqual(records);
    // Their customer is found by name, the key they were written under, whatever id the customer has now.
    expect(openPlanOf(records, { customer: "HARPER SUPPLIES LTD", customerId: "C-000004" })?.id).toBe("HARPERSUPP-261128");
  });

  it("keeps a row it cannot read, each cell under its header in the new layout", () => {
    const bad = ["P-OLD", "Rossi", "it", "INV-1", 100, 100, 0, "monthly?", 3, FIRST, null, null, "On track", null, 0, 0, null, null, "", "", "", "up", "a note"];
    const { records, unreadable } = rowsToPlans([RELEASED_PLAN_HEADER, RELEASED_PLANS[2], bad]);
    expect(records).toHaveLength(1);
    const header = PLAN_COLUMNS.map(([h]) => h);
    expect(unreadable).toHaveLength(1);
    const kept = unreadable[0];
    expect([kept[header.indexOf("Plan id")], kept[header.indexOf("Customer id")], kept[header.indexOf("Customer")], kept[header.indexOf("Payments a year")]]).toEqual(["P-OLD", null, "Rossi", "monthly?"]);
    expect(kept.slice(header.length)).toEqual(["a note"]);
  });

  it("finds every promise of an AR Promises sheet the released version wrote, and tracks it by name", () => {
    const { records, unreadable } = rowsToPromises([RELEASED_PROMISE_HEADER, ...RELEASED_PROMISES]);
    expect(unreadable).toEqual([]);
    expect(records.map((p) => [p.id, p.customerId, p.customer, p.amount, p.status, p.arrears])).toEqual([
      ["PR-KEPTLTD-261125", "", "Kept Ltd", 30000, "Kept", 0],
      ["PR-BROKELTD-261125", "", "Broke Ltd", 25000, "Broken", 25000],
    ]);
    const header = PROMISE_COLUMNS.map(([h]) => h);
    expect(rowsToPromises([header, ...records.map(promiseToRow)]).records).toEqual(records);
    const tracked = trackPromise({ ...records[1], status: "Pending" }, [{ customer: "BROKE LTD.", customerId: "77", date: ACCEPTED + 1, amount: 25000 }], ACCEPTED + 8);
    expect(tracked.status).toBe("Kept");
  });
});
