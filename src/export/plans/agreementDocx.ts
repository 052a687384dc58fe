import { AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { LetterDocument } from "./letterText";

const FONT = "Calibri";

const para = (text: string, options: { bold?: boolean; size?: number; after?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({ alignment: options.align, spacing: { after: options.after ?? 120 }, children: [new TextRun({ text, bold: options.bold, size: options.size ?? 20, font: FONT })] });

function cell(text: string, bold: boolean, right: boolean): TableCell {
  return new TableCell({ children: [new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold, size: 18, font: FONT })] })] });
}

function scheduleTable(doc: LetterDocument): Table {
  const line = (cells: readonly string[], bold: boolean, header = false) =>
    new TableRow({ tableHeader: header, children: cells.map((c, k) => cell(c, bold, k !== 0 || !bold || header)) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: "888888" },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: "888888" },
      left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
    },
    rows: [line(doc.table.headers, true, true), ...doc.table.rows.map((r) => line(r, false)), line(doc.table.total, true)],
  });
}

/**
 * The agreement letter as a Word document (.docx bytes): the same text as the PDF, the schedule as a
 * real table whose header row repeats on every page, and "Page n of m" in the footer.
 *
 * @example
 * const bytes = await agreementDocx(letterDocument(letter)); // a zip: word/document.xml holds the text
 */
export async function agreementDocx(doc: LetterDocument): Promise<Uint8Array> {
  const [before, between, after] = doc.pageTemplate.split(/\{page\}|\{pages\}/);
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ size: 16, font: FONT, children: [before ?? "", PageNumber.CURRENT, between ?? "", PageNumber.TOTAL_PAGES, after ?? ""] })],
      }),
    ],
  });
  const document = new Document({
    title: `${doc.title} ${doc.reference}`,
    creator: "Credit Desk",
    sections: [
      {
        footers: { default: footer },
        children: [
          ...doc.letterhead.map((l, i) => para(l, { bold: i === 0, size: i === 0 ? 26 : 18, after: 0 })),
          para("", { after: 120 }),
          para(doc.date, { align: AlignmentType.RIGHT }),
          para(doc.recipient, { bold: true, after: 240 }),
          para(doc.title, { bold: true, size: 26 }),
          para(doc.reference, { after: 240 }),
          para(doc.salutation),
          ...doc.intro.map((p) => para(p)),
          ...(doc.itemLines.length > 0 ? [para(doc.itemsHeading, { bold: true, after: 60 }), ...doc.itemLines.map((l) => para(`– ${l}`, { after: 40 }))] : []),
          para("", { after: 60 }),
          ...doc.terms.map((p) => para(p)),
          para(doc.scheduleHeading, { bold: true }),
          scheduleTable(doc),
          para("", { after: 120 }),
          ...doc.after.map((p) => para(p)),
          para(doc.closing, { after: 480 }),
          para(doc.signer, { bold: true, after: 480 }),
          para(doc.acceptance, { after: 600 }),
          para("______________________________", { after: 0 }),
          para(doc.signature, { size: 16 }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
