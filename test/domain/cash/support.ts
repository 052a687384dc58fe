import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { CellInput } from "../../../src/domain/core";
import { indexLedger, KnownIban, LedgerIndex, readStatementText, StatementRead } from "../../../src/domain/cash";
import { readLedger } from "../../../src/domain/ledger";

export const FIXTURES = path.resolve(__dirname, "../../fixtures/cash");

export const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");

/** CSV text as cells, numbers kept as text (as the pane's reader hands them over). */
export function csvCells(text: string): CellInput[][] {
  return (Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data as string[][]).map((r) => r.map((c) => (c.trim() === "" ? null : c)));
}

export function readFixture(name: string): StatementRead {
  return readStatementText(fixture(name), name, csvCells);
}

/** The fixture ledger and AR Customers (ids, IBANs), indexed. */
export function fixtureIndex(extra: Partial<Parameters<typeof indexLedger>[0]> = {}): LedgerIndex {
  const rows = readLedger(csvCells(fixture("ledger.csv"))).rows;
  const customers = csvCells(fixture("customers.csv")).slice(1);
  const directory = customers.map((r) => ({ id: String(r[0]), name: String(r[1]) }));
  const ibans: KnownIban[] = customers.map((r) => ({ iban: String(r[2]), customer: String(r[1]), customerId: String(r[0]) }));
  return indexLedger({ rows, directory, ibans, ...extra });
}
