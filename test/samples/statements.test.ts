import Papa from "papaparse";
import { CellInput } from "../../src/domain/core";
import { indexLedger, matchStatement, readStatementText, runTotals } from "../../src/domain/cash";
import { readLedger } from "../../src/domain/ledger";
import { generateSampleLedger } from "../../src/samples/ledger";
import { sampleStatements } from "../../src/samples/statements";

const csvCells = (text: string): CellInput[][] => (Papa.parse<string[]>(text, { skipEmptyLines: true }).data as string[][]).map((r) => r.map((c) => (c.trim() === "" ? null : c)));

describe("sampleStatements", () => {
  it("gives three statements that read whole and pay invoices of the workbench's sample ledger", () => {
    const asOf = 46351;
    const ledger = generateSampleLedger({ asOf, rows: 300, seed: 20261125, badCells: "descriptive" });
    const index = indexLedger({ rows: readLedger(ledger).rows });
    const statuses: string[][] = [];
    for (const s of sampleStatements(ledger, asOf)) {
      const read = readStatementText(s.text, s.name, csvCells);
      expect([s.name, read.problems]).toEqual([s.name, []]);
      const run = matchStatement(read.lines, index);
      const t = runTotals(run);
      expect(t.applied + t.unapplied).toBe(t.credits);
      statuses.push(run.results.map((r) => `${r.status}:${r.rule}`));
    }
    expect(statuses).toEqual([
      ["matched:invoice", "matched:rf", "matched:invoice", "matched:invoice", "suggested:nameItem", "unmatched:", "ignored:"],
      ["matched:invoice", "matched:invoice", "suggested:nameItem", "unmatched:", "ignored:"],
      ["matched:invoice", "suggested:nameItem", "unmatched:", "ignored:"],
    ]);
  });
});
