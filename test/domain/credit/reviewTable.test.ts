import { readCustomerTable, cellAddress, customerKey } from "../../../src/domain/credit/reviewTable";

describe("readCustomerTable", () => {
  it("maps headers in the five languages and reads amounts to minor units", () => {
    const tables = [
      ["Customer", "Score", "Annual income", "Monthly debt", "Requested limit", "Current limit"],
      ["Ragione sociale", "Punteggio", "Reddito annuo", "Debiti mensili", "Fido richiesto", "Fido attuale"],
      ["Kundenname", "Bonitätsindex", "Jahreseinkommen", "Monatliche Schulden", "Beantragtes Limit", "Kreditlimit"],
      ["Klantnaam", "Kredietscore", "Jaarinkomen", "Maandlasten", "Aangevraagde limiet", "Huidige limiet"],
      ["Raison sociale", "Score de crédit", "Revenu annuel", "Mensualités", "Limite demandée", "Limite actuelle"],
    ];
    for (const header of tables) {
      const t = readCustomerTable([header, ["Rossi", 700, "60.000,50", 1500, 12000, 5000]]);
      expect([header[0], t.missing, t.issues]).toEqual([header[0], [], []]);
      expect(t.customers[0]).toMatchObject({ customer: "Rossi", score: 700, income: 6_000_050, monthlyDebt: 150_000, requested: 1_200_000, currentLimit: 500_000, balanceSheet: null });
    }
  });

  it("prefers the customer name column over a customer number column", () => {
    const t = readCustomerTable([["Customer no.", "Customer name", "Score", "Income"], ["C1", "Rossi", 700, 1000]]);
    expect(t.customers[0].customer).toBe("Rossi");
  });

  it("reports missing required columns and reads nothing", () => {
    const t = readCustomerTable([["Customer", "Score"], ["Rossi", 700]]);
    expect(t.missing).toEqual(["income"]);
    expect(t.customers).toEqual([]);
  });

  it("names the cell of a text score, a negative income, a blank customer and a repeated customer", () => {
    const t = readCustomerTable(
      [
        ["Customer", "Score", "Annual income"],
        ["Rossi", "good", 1000],
        ["Müller", 700, -5],
        [null, 650, 1000],
        ["rossi ", 640, 1000],
      ],
      { origin: { row: 2, column: 1 } },
    );
    expect(t.issues.map((i) => [i.cell, i.problem.code])).toEqual([
      ["C4", "creditPanel.table.notANumber"],
      ["D5", "creditPanel.table.negative"],
      ["B6", "creditPanel.table.blank"],
      ["B7", "creditPanel.table.duplicate"],
    ]);
    expect(t.issues[3].problem.params).toMatchObject({ customer: "rossi", other: "B4" });
    expect(t.customers).toEqual([]);
  });

  it("reads a full balance sheet, refuses a partial one, and skips Z for a row without one", () => {
    const header = ["Customer", "Score", "Income", "Working capital", "Retained earnings", "EBIT", "Equity", "Sales", "Total assets", "Total liabilities", "Z model"];
    const t = readCustomerTable([
      header,
      ["A", 700, 1000, 20, 30, 10, 60, 150, 100, 40, "Z"],
      ["B", 700, 1000, 20, null, 10, 60, 150, 100, 40, null],
      ["C", 700, 1000],
      ["D", 700, 1000, 20, 30, 10, 60, null, 100, 40, "Z2"],
      ["E", 700, 1000, 20, 30, 10, 60, 150, 0, 40, null],
    ]);
    expect(t.customers.map((c) => [c.customer, c.model, c.balanceSheet?.totalAssets ?? null])).toEqual([
      ["A", "Z", 100],
      ["C", "Z1", null],
      ["D", "Z2", 100],
    ]);
    expect(t.issues.map((i) => [i.cell, i.problem.code])).toEqual([
      ["E3", "creditPanel.table.partialBalanceSheet"],
      ["I6", "credit.zscore.totalAssetsNotPositive"],
    ]);
  });

  describe("edge cases", () => {
    it("treats a requested limit of 0 as none and skips blank rows", () => {
      const t = readCustomerTable([["Customer", "Score", "Income", "Requested"], [], ["A", 700, 1000, 0], [null, null, null, null]]);
      expect(t.customers.map((c) => [c.customer, c.requested, c.index])).toEqual([["A", null, 2]]);
    });

    it("writes cell addresses past column Z", () => {
      expect(cellAddress(0, 26)).toBe("AA1");
      expect(customerKey("  Müller   GmbH ")).toBe("müller gmbh");
    });
  });
});
