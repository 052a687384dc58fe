import { PDFDocument, PDFFont, PDFPage, rgb, StandardFonts } from "pdf-lib";
import { LetterDocument } from "./letterText";
import { winAnsiSafe } from "../core/winAnsi";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const SIZE = 10;
const LEADING = 14;
const GREY = rgb(0.35, 0.35, 0.35);
/** Right edges of the schedule's columns (n, due date, payment, interest, principal, balance), from the left margin. */
const COLUMN_RIGHTS = [28, 110, 210, 300, 390, 483];

/** Splits text into lines no wider than `width` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * The agreement letter as PDF bytes (A4, Helvetica, text WinAnsi-safe): letterhead, recipient, terms,
 * the schedule on as many pages as it needs with its header repeated, and "Page n of m" on each page.
 *
 * @example
 * const bytes = await agreementPdf(letterDocument(letter)); // Uint8Array starting with "%PDF"
 */
export async function agreementPdf(doc: LetterDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsiSafe(`${doc.title} ${doc.reference}`));
  pdf.setLanguage(doc.lang);
  pdf.setCreator("Credit Desk");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = A4[0] - 2 * MARGIN;
  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;

  const newPage = () => {
    page = pdf.addPage(A4);
    y = A4[1] - MARGIN;
  };
  const ensure = (height: number) => {
    if (y - height < MARGIN + LEADING) newPage();
  };
  const text = (value: string, options: { font?: PDFFont; size?: number; x?: number; right?: number } = {}) => {
    const font = options.font ?? regular;
    const size = options.size ?? SIZE;
    const safe = winAnsiSafe(value);
    const x = options.right !== undefined ? MARGIN + options.right - font.widthOfTextAtSize(safe, size) : MARGIN + (options.x ?? 0);
    page.drawText(safe, { x, y, size, font });
  };
  const paragraph = (value: string, font = regular, size = SIZE) => {
    for (const line of wrap(winAnsiSafe(value), font, size, width)) {
      ensure(LEADING);
      text(line, { font, size });
      y -= LEADING;
    }
  };
  const gap = (lines = 0.6) => {
    y -= LEADING * lines;
  };

  doc.letterhead.forEach((line, i) => {
    text(line, { font: i === 0 ? bold : regular, size: i === 0 ? 13 : 9 });
    y -= i === 0 ? 16 : 11;
  });
  gap();
  text(doc.date, { right: width });
  text(doc.recipient, { font: bold });
  y -= LEADING;
  gap();
  paragraph(doc.title, bold, 13);
  paragraph(doc.reference);
  gap();
  paragraph(doc.salutation);
  gap(0.3);
  doc.intro.forEach((p) => paragraph(p));
  gap(0.3);
  if (doc.itemLines.length > 0) {
    paragraph(doc.itemsHeading, bold);
    doc.itemLines.forEach((l) => paragraph(`- ${l}`));
    gap(0.3);
  }
  doc.terms.forEach((p) => paragraph(p));
  gap();
  paragraph(doc.scheduleHeading, bold);

  const row = (cells: readonly string[], font: PDFFont) => {
    cells.forEach((cell, k) => text(cell, { font, size: 9, right: COLUMN_RIGHTS[k] }));
    y -= 12;
  };
  const header = () => {
    row(doc.table.headers, bold);
    page.drawLine({ start: { x: MARGIN, y: y + 9 }, end: { x: MARGIN + width, y: y + 9 }, thickness: 0.5, color: GREY });
  };
  ensure(36);
  header();
  for (const cells of doc.table.rows) {
    if (y - 12 < MARGIN + LEADING) {
      newPage();
      header();
    }
    row(cells, regular);
  }
  ensure(14);
  page.drawLine({ start: { x: MARGIN, y: y + 9 }, end: { x: MARGIN + width, y: y + 9 }, thickness: 0.5, color: GREY });
  row(doc.table.total, bold);
  gap();
  // The last paragraph, the closing and both signature blocks stay on one page: a signature alone on
  // a page of its own signs nothing.
  const lastAfter = doc.after.length - 1;
  doc.after.slice(0, lastAfter).forEach((p) => paragraph(p));
  const linesOf = (value: string, font = regular, size = SIZE) => wrap(winAnsiSafe(value), font, size, width).length * LEADING;
  const ending = [doc.after[lastAfter] ?? "", doc.closing, doc.signer, doc.acceptance].reduce((h, p) => h + linesOf(p), 0) + LEADING * (1 + 1.5 * 3) + 12;
  ensure(ending);
  if (lastAfter >= 0) paragraph(doc.after[lastAfter]);
  gap();
  paragraph(doc.closing);
  gap(1.5);
  paragraph(doc.signer, bold);
  gap(1.5);
  paragraph(doc.acceptance);
  gap(1.5);
  page.drawLine({ start: { x: MARGIN, y: y + 10 }, end: { x: MARGIN + 220, y: y + 10 }, thickness: 0.5, color: GREY });
  paragraph(doc.signature, regular, 8);

  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const label = winAnsiSafe(doc.pageTemplate.replace("{page}", String(i + 1)).replace("{pages}", String(pages.length)));
    p.drawText(label, { x: A4[0] - MARGIN - regular.widthOfTextAtSize(label, 8), y: MARGIN / 2, size: 8, font: regular, color: GREY });
  });
  return pdf.save();
}
