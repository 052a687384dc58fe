import { buildStatements, StatementLedger } from "../../../src/domain/statements";
import { BusinessDocument } from "../../../src/export/core/document";
import { statementDocument } from "../../../src/export/statements/statementDocument";
import { statementFiles } from "../../../src/export/statements/statementFiles";
import { LANGUAGES } from "../../../src/i18n";

const FROM = 46327; // 2026-11-01
const TO = 46356; // 2026-11-30

const ledger: StatementLedger = {
  length: 4,
  keys: ["id:C1", "id:C1", "id:C1", "id:C1"],
  customers: ["Rossi Forniture S.r.l.", "Rossi Forniture S.r.l.", "Rossi Forniture S.r.l.", "Rossi Forniture S.r.l."],
  customerIds: ["C1", "C1", "C1", "C1"],
  invoices: ["F0", "F1", "NC1", ""],
  currencies: ["EUR", "EUR", "EUR", "EUR"],
  invoiceDate: new Float64Array([FROM - 45, FROM + 4, FROM + 9, FROM + 19]),
  dueDate: new Float64Array([FROM - 15, FROM + 34, FROM + 9, FROM + 19]),
  open: new Float64Array([123_456, 50_000, -10_000, -3_456]),
};
const letterhead = { name: "Credit Desk Demo S.p.A.", address: "Via Esempio 1\n20100 Milano", vatId: "IT12345678903", iban: "IT60X0542811101000000123456", bic: "BPMOIT22XXX" };
const [statement] = buildStatements(ledger, { from: FROM, to: TO });
const recipient = { address: ["Via Garibaldi 8", "20121 Milano MI"], language: "it" };

/** Every text of a document a reader sees. */
function texts(doc: BusinessDocument): string[] {
  const out = [doc.title, doc.date, ...doc.letterhead, ...doc.recipient, ...doc.references, ...(doc.payment?.lines ?? []), doc.payment?.qrCaption ?? ""];
  for (const b of doc.blocks) {
    if (b.kind === "paragraph" || b.kind === "heading") out.push(b.text);
    if (b.kind === "signature") out.push(...b.lines);
    if (b.kind === "table") out.push(...b.columns.map((c) => c.title), ...b.rows.flat(), ...(b.total ?? []).flat());
  }
  return out;
}

describe("statementDocument", () => {
  it("opens with the balance brought forward, lists the period's documents with the running balance and closes at the balance due", () => {
    const doc = statementDocument(statement, recipient, letterhead, "en");
    const table = doc.blocks.find((b) => b.kind === "table")!;
    if (table.kind !== "table") throw new Error("no table");
    expect(table.rows).toEqual([
      ["01/11/2026", "", "Balance brought forward", "", "", "", "1,234.56"],
      ["05/11/2026", "F1", "Invoice", "05/12/2026", "500.00", "", "1,734.56"],
      ["10/11/2026", "NC1", "Credit note", "10/11/2026", "", "100.00", "1,634.56"],
      ["20/11/2026", "", "Payment", "20/11/2026", "", "34.56", "1,600.00"],
    ]);
    expect(table.total).toEqual([["30/11/2026", "", "Balance due", "", "", "", "1,600.00"]]);
    expect(doc.payment).toMatchObject({ iban: letterhead.iban, amount: 160_000, currency: "EUR", reference: "C1 2026-11-30" });
    expect(doc.recipient).toEqual(["Rossi Forniture S.r.l.", "Via Garibaldi 8", "20121 Milano MI"]);
  });

  it("is written in each of the five languages, with no message key or placeholder left untranslated", () => {
    const english = texts(statementDocument(statement, recipient, letterhead, "en"));
    for (const lang of LANGUAGES) {
      const doc = statementDocument(statement, recipient, letterhead, lang);
      expect(doc.lang).toBe(lang);
      const all = texts(doc);
      for (const text of all) {
        expect([lang, text, /\bstatements\.|aging\.|\{[a-z]+\}/.test(text)]).toEqual([lang, text, false]);
      }
      expect(doc.pageTemplate).toMatch(/\{page\}.*\{pages\}/);
      if (lang !== "en") expect(all.filter((x, i) => x !== english[i] && /[a-z]{3}/i.test(x)).length).toBeGreaterThan(10);
    }
  });

  it("asks for no payment when nothing is due, and leaves out the QR caption outside EUR", () => {
    const paid = buildStatements({ ...ledger, open: new Float64Array([0, 0, 0, 0]), currencies: ["USD", "USD", "USD", "USD"] }, { from: FROM, to: TO })[0];
    expect(statementDocument(paid, recipient, letterhead, "de").payment).toBeUndefined();
    const usd = buildStatements({ ...ledger, currencies: ["USD", "USD", "USD", "USD"] }, { from: FROM, to: TO })[0];
    expect(statementDocument(usd, recipient, letterhead, "de").payment?.qrCaption).toBeUndefined();
  });
});

describe("statementFiles", () => {
  it("renders one PDF per statement and a ZIP of them", async () => {
    const docs = LANGUAGES.map((lang) => statementDocument(statement, recipient, letterhead, lang));
    const files = await statementFiles(docs, "Statements 2026-11-30");
    expect(files.pdfs.map((f) => f.name)).toEqual([
      "Statement C1 2026-11-30 EUR.pdf",
      "Estratto conto C1 2026-11-30 EUR.pdf",
      "Kontoauszug C1 2026-11-30 EUR.pdf",
      "Rekeningoverzicht C1 2026-11-30 EUR.pdf",
      "Relevé C1 2026-11-30 EUR.pdf",
    ]);
    for (const f of files.pdfs) expect(Buffer.from(f.bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(files.zip.name).toBe("Statements 2026-11-30.zip");
    expect(Buffer.from(files.zip.bytes.slice(0, 2)).toString("latin1")).toBe("PK");
    expect(files.problems).toEqual([]);
  }, 60_000);
});
