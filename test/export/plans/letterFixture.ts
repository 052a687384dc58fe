import { ymdToSerial } from "../../../src/domain/core/dates";
import { AgreementLetter } from "../../../src/domain/plans/letterModel";
import { proposePlan } from "../../../src/domain/plans/proposal";
import { PDFArray, PDFDocument, PDFRawStream } from "pdf-lib";
import { inflateSync } from "zlib";

/** A letter for tests: `installments` monthly instalments of a 10,000.00 balance at 5 %. */
export function sampleLetter(language: string, installments = 12, customer = "Müller Maschinenbau GmbH"): AgreementLetter {
  const firstDue = ymdToSerial(2027, 1, 31);
  const p = proposePlan({ balance: 1_000_000, annualRate: 0.05, frequency: 12, firstDue, by: { kind: "installments", count: installments } });
  return {
    language,
    planId: "MULLERMASC-261125",
    date: ymdToSerial(2026, 11, 25),
    company: { name: "Acme S.p.A.", addressLines: ["Via Roma 1", "20100 Milano"], vatId: "IT01234567890", iban: "IT60 X054 2811 1010 0000 0123 456", contact: "crediti@acme.example" },
    customer,
    items: [{ invoice: "INV-DE-10001", dueDate: ymdToSerial(2026, 9, 30), open: 800_000, currency: "EUR" }],
    charges: [{ label: "Verzugszinsen", amount: 200_000 }],
    balance: 1_000_000,
    annualRate: 0.05,
    frequency: 12,
    schedule: p.schedule,
    totalPayable: p.totalPayable,
    totalInterest: p.totalInterest,
    graceDays: 7,
    replaces: "",
  };
}

/** The text a PDF made by pdf-lib shows: its content streams inflated, the hex strings of Tj decoded (WinAnsi ≈ Latin-1). */
export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  const out: string[] = [];
  const streams = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streams.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    const body = Buffer.from(raw.slice(start, end), "latin1");
    let text: string;
    try {
      text = inflateSync(body).toString("latin1");
    } catch {
      text = body.toString("latin1");
    }
    for (const hex of text.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out.push(Buffer.from(hex[1], "hex").toString("latin1"));
    streams.lastIndex = end + "endstream".length;
  }
  return out.join("\n");
}

/** The text of each page of a PDF made by pdf-lib, in page order (see pdfText). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    return streams
      .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
      .map((s) => {
        let text: string;
        try {
          text = inflateSync(Buffer.from(s.contents)).toString("latin1");
        } catch {
          text = Buffer.from(s.contents).toString("latin1");
        }
        return [...text.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map((h) => Buffer.from(h[1], "hex").toString("latin1")).join("\n");
      })
      .join("\n");
  });
}
