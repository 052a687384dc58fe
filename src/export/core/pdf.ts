import { concatTransformationMatrix, drawObject, PDFDocument, PDFImage, PDFPage, popGraphicsState, pushGraphicsState, rgb } from "pdf-lib";
import { DomainError } from "../../domain/core";
import { blocksInOrder, BusinessDocument, DocumentBlock, PaymentRequest, RenderOptions, TableColumn } from "./document";
import { epcPayload, epcQrMatrix, QR_QUIET, QrMatrix } from "./epcQr";
import { documentFonts } from "./fonts";
import { imageKind } from "./files";
import { MeasuredFont } from "./pdfFont";
import { printable, wrapText } from "./pdfText";

/** A4 in points, and the text area: 20 mm side margins, room for the footer below. */
const PAGE = { width: 595.28, height: 841.89, left: 56.7, right: 56.7, top: 42, bottom: 56 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.38, 0.38, 0.38);
const RULE = rgb(0.6, 0.6, 0.6);
const BODY = { size: 10, leading: 13 };
const SMALL = { size: 8.5, leading: 11 };
const CELL = { size: 9, leading: 11, padX: 3, padY: 1.5 };
/** The payment QR code's side, quiet zone included: 25 mm, above the 2 cm the EPC guideline recommends as a minimum. */
const QR_SIDE = 71;
const LOGO = { width: 150, height: 56 };
/** Room for a handwritten signature between the closing and the signer's name. */
const SIGN_SPACE = 26;

interface Fonts {
  readonly regular: MeasuredFont;
  readonly bold: MeasuredFont;
}

/**
 * A piece of the page flow that is never split: a line of text, a table row, the payment block.
 * `keep` glues it to the next piece (same page); `space` is dropped at the top of a page; a table's
 * rows carry their header, drawn again at the top of each page the table runs onto.
 */
interface Piece {
  readonly height: number;
  readonly space: number;
  readonly keep: boolean;
  readonly header?: Piece;
  readonly pageBreak?: boolean;
  /** Draws the piece with its top at `top`. */
  readonly draw: (page: PDFPage, top: number) => void;
}

const piece = (height: number, draw: Piece["draw"], options: { space?: number; keep?: boolean; header?: Piece } = {}): Piece => ({
  height,
  draw,
  space: options.space ?? 0,
  keep: options.keep ?? false,
  header: options.header,
});

/** Baseline of a line of `size` whose box starts at `top` and is `leading` tall. */
const baseline = (top: number, size: number, leading: number) => top - (leading + size * 0.72) / 2;

function textPieces(text: string, font: MeasuredFont, style: { size: number; leading: number }, options: { space?: number; keep?: boolean; color?: typeof BLACK; indent?: number } = {}): Piece[] {
  const indent = options.indent ?? 0;
  const lines = wrapText(text, font, style.size, TEXT_WIDTH - indent);
  return lines.map((line, i) =>
    piece(
      style.leading,
      (page, top) => page.drawText(line, { x: PAGE.left + indent, y: baseline(top, style.size, style.leading), size: style.size, font: font.font, color: options.color ?? BLACK }),
      {
        space: i === 0 ? options.space : 0,
        // No line alone at the foot or the head of a page: the first two and the last two lines stay together.
        keep: options.keep || (lines.length > 1 && (i === 0 || i === lines.length - 2)),
      },
    ),
  );
}

/** A table row: each cell wrapped within its column, the row as tall as its tallest cell. */
function rowPiece(cells: readonly string[], columns: readonly TableColumn[], font: MeasuredFont, options: { space?: number; keep?: boolean; header?: Piece; ruleAbove?: boolean; ruleBelow?: boolean }): Piece {
  const widths = columns.map((c) => c.width * TEXT_WIDTH);
  const wrapped = columns.map((_, k) => wrapText(cells[k] ?? "", font, CELL.size, Math.max(10, widths[k] - 2 * CELL.padX)));
  const height = Math.max(1, ...wrapped.map((l) => l.length)) * CELL.leading + 2 * CELL.padY;
  return piece(
    height,
    (page, top) => {
      let x = PAGE.left;
      columns.forEach((column, k) => {
        wrapped[k].forEach((line, i) => {
          const y = baseline(top - CELL.padY - i * CELL.leading, CELL.size, CELL.leading);
          const lineX = column.align === "right" ? x + widths[k] - CELL.padX - font.width(line, CELL.size) : x + CELL.padX;
          page.drawText(line, { x: lineX, y, size: CELL.size, font: font.font, color: BLACK });
        });
        x += widths[k];
      });
      const tableWidth = widths.reduce((a, b) => a + b, 0);
      if (options.ruleAbove) page.drawLine({ start: { x: PAGE.left, y: top }, end: { x: PAGE.left + tableWidth, y: top }, thickness: 0.6, color: RULE });
      if (options.ruleBelow) page.drawLine({ start: { x: PAGE.left, y: top - height }, end: { x: PAGE.left + tableWidth, y: top - height }, thickness: 0.6, color: RULE });
    },
    options,
  );
}

function tablePieces(block: Extract<DocumentBlock, { kind: "table" }>, fonts: Fonts): Piece[] {
  const header = rowPiece(
    block.columns.map((c) => c.title),
    block.columns,
    fonts.bold,
    { space: 6, keep: true, ruleBelow: true },
  );
  const totals = block.total ?? [];
  const rows = block.rows.map((cells, i) => rowPiece(cells, block.columns, fonts.regular, { header, keep: i === block.rows.length - 1 && totals.length > 0 }));
  const totalRows = totals.map((cells, i) => rowPiece(cells, block.columns, fonts.bold, { header, keep: i < totals.length - 1, ruleAbove: i === 0 }));
  return [header, ...rows, ...totalRows];
}

/** The lines of one signature column: the closing, room to sign, the signer in bold, the rest. */
function signatureLines(lines: readonly string[], fonts: Fonts, width: number): { text: string; font: MeasuredFont; top: number }[] {
  const out: { text: string; font: MeasuredFont; top: number }[] = [];
  let y = 0;
  lines.forEach((line, i) => {
    const font = i === 1 ? fonts.bold : fonts.regular;
    if (i === 1) y += SIGN_SPACE;
    for (const text of wrapText(line, font, BODY.size, width)) {
      out.push({ text, font, top: y });
      y += BODY.leading;
    }
  });
  return out;
}

/** A signature block as one piece (never split), one column or two side by side. */
function signaturePieces(block: Extract<DocumentBlock, { kind: "signature" }>, fonts: Fonts): Piece[] {
  const gap = 24;
  const columns = block.beside ? [block.lines, block.beside] : [block.lines];
  const width = block.beside ? (TEXT_WIDTH - gap) / 2 : TEXT_WIDTH;
  const laid = columns.map((lines) => signatureLines(lines, fonts, width));
  const height = Math.max(...laid.map((l) => (l.length > 0 ? l[l.length - 1].top + BODY.leading : 0)));
  if (height === 0) return [];
  const draw = (page: PDFPage, top: number) =>
    laid.forEach((lines, k) => {
      for (const l of lines) page.drawText(l.text, { x: PAGE.left + k * (width + gap), y: baseline(top - l.top, BODY.size, BODY.leading), size: BODY.size, font: l.font.font, color: BLACK });
    });
  return [piece(height, draw, { space: 10, keep: block.keepWithNext })];
}

/**
 * The QR code as a form XObject of filled squares in module units, one rectangle per run of dark
 * modules: crisp at any zoom, no seams between modules, a few kilobytes, and built as one string
 * rather than thousands of pdf-lib operator objects. Drawn `side` points square with its top-left
 * corner at (`x`, `top`), the 4-module quiet zone inside.
 */
function drawQr(pdf: PDFDocument, page: PDFPage, matrix: QrMatrix, x: number, top: number, side: number): void {
  const n = matrix.size;
  const full = n + 2 * QR_QUIET;
  const ops: string[] = ["0 g"];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; ) {
      if (!matrix.modules[r * n + c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && matrix.modules[r * n + c]) c++;
      ops.push(`${start + QR_QUIET} ${full - QR_QUIET - r - 1} ${c - start} 1 re`);
    }
  }
  ops.push("f");
  const form = pdf.context.flateStream(ops.join("\n"), { Type: "XObject", Subtype: "Form", BBox: [0, 0, full, full] });
  const name = page.node.newXObject("QR", pdf.context.register(form));
  const unit = side / full;
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(unit, 0, 0, unit, x, top - side), drawObject(name), popGraphicsState());
}

/** Bank details on the left with the code's caption under them, the EPC QR code on the right (EUR only), in a thin frame, never split. */
function paymentPiece(pdf: PDFDocument, payment: PaymentRequest, fonts: Fonts): Piece {
  const payload = epcPayload(payment);
  const matrix = payload ? epcQrMatrix(payload) : undefined;
  const pad = 6;
  const textWidth = TEXT_WIDTH - 2 * pad - (matrix ? QR_SIDE : 0);
  const lines = payment.lines.flatMap((l, i) => wrapText(l, i === 0 ? fonts.bold : fonts.regular, BODY.size, textWidth).map((text) => ({ text, bold: i === 0 })));
  const caption = matrix && payment.qrCaption ? wrapText(payment.qrCaption, fonts.regular, SMALL.size, textWidth) : [];
  const textHeight = lines.length * BODY.leading + (caption.length > 0 ? 4 + caption.length * SMALL.leading : 0);
  const height = Math.max(textHeight + 2 * pad, matrix ? QR_SIDE : 0);
  return piece(
    height,
    (page, top) => {
      page.drawRectangle({ x: PAGE.left, y: top - height, width: TEXT_WIDTH, height, borderColor: RULE, borderWidth: 0.6 });
      let y = top - pad;
      for (const l of lines) {
        page.drawText(l.text, { x: PAGE.left + pad, y: baseline(y, BODY.size, BODY.leading), size: BODY.size, font: (l.bold ? fonts.bold : fonts.regular).font, color: BLACK });
        y -= BODY.leading;
      }
      y -= 4;
      for (const c of caption) {
        page.drawText(c, { x: PAGE.left + pad, y: baseline(y, SMALL.size, SMALL.leading), size: SMALL.size, font: fonts.regular.font, color: GREY });
        y -= SMALL.leading;
      }
      if (matrix) drawQr(pdf, page, matrix, PAGE.left + TEXT_WIDTH - QR_SIDE, top - (height - QR_SIDE) / 2, QR_SIDE);
    },
    { space: 10 },
  );
}

function blockPieces(pdf: PDFDocument, block: DocumentBlock, doc: BusinessDocument, fonts: Fonts): Piece[] {
  switch (block.kind) {
    case "heading":
      return textPieces(block.text, fonts.bold, { size: 11.5, leading: 14 }, { space: 8, keep: true });
    case "paragraph":
      return textPieces(block.text, fonts.regular, BODY, { space: 6, keep: block.keepWithNext });
    case "table":
      return tablePieces(block, fonts);
    case "signature":
      return signaturePieces(block, fonts);
    case "payment":
      return doc.payment ? [paymentPiece(pdf, doc.payment, fonts)] : [];
    case "pageBreak":
      return [{ ...piece(0, () => undefined), pageBreak: true }];
  }
}

async function embedLogo(pdf: PDFDocument, logo: Uint8Array): Promise<PDFImage> {
  const kind = imageKind(logo);
  if (kind === undefined) throw new DomainError("documents.logo.notImage");
  try {
    return kind === "png" ? await pdf.embedPng(logo) : await pdf.embedJpg(logo);
  } catch {
    throw new DomainError("documents.logo.unreadable", { kind: kind.toUpperCase() });
  }
}

/** Letterhead (logo at the right), recipient, date, references and the title: the top of the first page. */
function openingPieces(doc: BusinessDocument, fonts: Fonts, logo: PDFImage | undefined): Piece[] {
  const logoSize = logo ? logo.scale(Math.min(LOGO.width / logo.width, LOGO.height / logo.height, 1)) : undefined;
  const textWidth = TEXT_WIDTH - (logoSize ? logoSize.width + 12 : 0);
  const head = doc.letterhead.flatMap((line, i) =>
    wrapText(line, i === 0 ? fonts.bold : fonts.regular, i === 0 ? 13 : SMALL.size, textWidth).map((text) => ({ text, first: i === 0 })),
  );
  const headHeight = head.reduce((h, l) => h + (l.first ? 17 : SMALL.leading), 0);
  const letterhead = piece(
    Math.max(headHeight, logoSize?.height ?? 0),
    (page, top) => {
      let y = top;
      for (const l of head) {
        const size = l.first ? 13 : SMALL.size;
        const leading = l.first ? 17 : SMALL.leading;
        page.drawText(l.text, { x: PAGE.left, y: baseline(y, size, leading), size, font: (l.first ? fonts.bold : fonts.regular).font, color: l.first ? BLACK : GREY });
        y -= leading;
      }
      if (logo && logoSize) page.drawImage(logo, { x: PAGE.width - PAGE.right - logoSize.width, y: top - logoSize.height, ...logoSize });
    },
    { keep: true },
  );
  const recipient = doc.recipient.flatMap((line, i) => textPieces(line, i === 0 ? fonts.bold : fonts.regular, BODY, { keep: true, space: i === 0 ? 18 : 0 }));
  const date = printable(doc.date);
  const dateLine = piece(
    BODY.leading,
    (page, top) => page.drawText(date, { x: PAGE.width - PAGE.right - fonts.regular.width(date, BODY.size), y: baseline(top, BODY.size, BODY.leading), size: BODY.size, font: fonts.regular.font }),
    { space: 12, keep: true },
  );
  const references = doc.references.flatMap((r) => textPieces(r, fonts.regular, SMALL, { keep: true, color: GREY }));
  const title = textPieces(doc.title, fonts.bold, { size: 13, leading: 16 }, { space: 10, keep: true });
  return [letterhead, ...recipient, dateLine, ...references, ...title];
}

/** Lays the pieces out on pages: glued pieces move to the next page together, a table's header is repeated; `pause` before each new page. */
async function paginate(pdf: PDFDocument, pieces: readonly Piece[], onContinuation: (page: PDFPage) => void, pause?: () => Promise<void>): Promise<PDFPage[]> {
  const pages: PDFPage[] = [];
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  pages.push(page);
  let y = PAGE.height - PAGE.top;
  let atTop = true;
  const room = () => y - PAGE.bottom;
  const fullRoom = PAGE.height - PAGE.top - PAGE.bottom - 20;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    pages.push(page);
    y = PAGE.height - PAGE.top;
    onContinuation(page);
    atTop = true;
  };
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.pageBreak) {
      if (!atTop) {
        if (pause) await pause();
        newPage();
      }
      continue;
    }
    // The glued chain from here: this piece and every following one while `keep` holds.
    let chain = (atTop ? 0 : p.space) + p.height;
    for (let j = i; pieces[j].keep && j + 1 < pieces.length && !pieces[j + 1].pageBreak; j++) chain += pieces[j + 1].space + pieces[j + 1].height;
    const need = chain <= fullRoom ? chain : (atTop ? 0 : p.space) + p.height;
    if (!atTop && need > room()) {
      if (pause) await pause();
      newPage();
      if (p.header && p.header !== p) {
        p.header.draw(page, y);
        y -= p.header.height;
        atTop = false;
      }
    }
    if (!atTop) y -= p.space;
    p.draw(page, y);
    y -= p.height;
    atTop = false;
  }
  return pages;
}

/**
 * A business document as PDF bytes: A4, DejaVu Sans (subset-embedded, so every European name prints
 * as written), the letterhead with the logo on the first page, the recipient, date and references,
 * the title and the blocks (paragraphs wrapped and kept from standing alone, tables broken across
 * pages with their header repeated, bold totals, signatures kept together, page breaks), the payment
 * block with the EPC QR code for EUR, and "Page n of m" on every page.
 *
 * Throws DomainError documents.logo.notImage / documents.logo.unreadable for a logo that is not a
 * PNG or JPEG, so the caller lists the problem for that document and goes on with the others.
 *
 * `options.pause` is awaited between the steps (fonts, each block, each page, writing), so a run of
 * thousands of letters on the pane's thread never blocks it for a whole letter.
 *
 * @example
 * const bytes = await renderPdf(doc); // Uint8Array starting with "%PDF-"
 */
export async function renderPdf(doc: BusinessDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  const pause = options.pause;
  const bytes = await documentFonts();
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(printable(doc.title));
  pdf.setLanguage(doc.lang);
  pdf.setCreator("Credit Desk");
  pdf.setProducer("Credit Desk (pdf-lib)");
  const fonts: Fonts = {
    regular: await MeasuredFont.embed(pdf, bytes.regular),
    bold: await MeasuredFont.embed(pdf, bytes.bold),
  };
  const logo = doc.logo && doc.logo.byteLength > 0 ? await embedLogo(pdf, doc.logo) : undefined;
  const pieces = openingPieces(doc, fonts, logo);
  for (const block of blocksInOrder(doc)) {
    if (pause) await pause();
    pieces.push(...blockPieces(pdf, block, doc, fonts));
  }
  if (pause) await pause();
  const running = printable([doc.recipient[0], doc.date, doc.title].filter(Boolean).join(" · "));
  // From the second page on, a running head above the text says whose letter it is.
  const pages = await paginate(pdf, pieces, (page) => page.drawText(running, { x: PAGE.left, y: PAGE.height - PAGE.top + 12, size: 7.5, font: fonts.regular.font, color: GREY }), pause);
  pages.forEach((page, i) => {
    const label = printable(doc.pageTemplate.replace("{page}", String(i + 1)).replace("{pages}", String(pages.length)));
    page.drawText(label, { x: PAGE.width - PAGE.right - fonts.regular.width(label, 8), y: PAGE.bottom / 2, size: 8, font: fonts.regular.font, color: GREY });
  });
  if (pause) await pause();
  return pdf.save();
}
