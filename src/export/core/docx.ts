import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { strToU8, zipSync } from "fflate";
import { DomainError } from "../../domain/core";
import { blocksInOrder, BusinessDocument, DocumentBlock, PaymentRequest, RenderOptions, TableColumn } from "./document";
import { epcPayload, epcQrPng } from "./epcQr";
import { imageKind, imageSize } from "./files";
import { printable } from "./pdfText";

/**
 * Word's twips (1/20 pt): A4 with the PDF's 20 mm side margins, so a letter breaks about where its
 * PDF does. Calibri, Word's own font, since the user edits the file on a machine without DejaVu.
 */
const PAGE = { width: 11906, height: 16838, side: 1134, top: 964, bottom: 1247 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;
const FONT = "Calibri";
const GREY = "5F5F5F";
const RULE = { style: BorderStyle.SINGLE, size: 4, color: "999999" } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
/** The QR code 30 mm square, as in the PDF (docx sizes images in pixels at 96 per inch). */
const QR_PX = Math.round((30 / 25.4) * 96);

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface TextOptions {
  readonly bold?: boolean;
  /** Points. */
  readonly size?: number;
  readonly color?: string;
  readonly align?: Align;
  /** Space after, in points. */
  readonly after?: number;
  readonly before?: number;
  readonly keepNext?: boolean;
}

/** A paragraph of text, its "\n" as line breaks. */
function para(text: string, o: TextOptions = {}): Paragraph {
  const lines = printable(text).split(/\r\n|\r|\n/);
  return new Paragraph({
    alignment: o.align,
    keepNext: o.keepNext,
    keepLines: true,
    spacing: { before: (o.before ?? 0) * 20, after: (o.after ?? 6) * 20 },
    children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: o.bold, size: (o.size ?? 10) * 2, color: o.color, font: FONT })),
  });
}

function cell(text: string, column: TableColumn, o: { bold?: boolean; ruleAbove?: boolean; ruleBelow?: boolean }): TableCell {
  return new TableCell({
    width: { size: Math.round(column.width * TEXT_WIDTH), type: WidthType.DXA },
    borders: { top: o.ruleAbove ? RULE : NONE, bottom: o.ruleBelow ? RULE : NONE, left: NONE, right: NONE },
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: [para(text, { bold: o.bold, size: 9, after: 0, align: column.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT })],
  });
}

/** A table whose header row repeats on every page, rows that never split, totals bold under a rule. */
function table(block: Extract<DocumentBlock, { kind: "table" }>): Table {
  const row = (cells: readonly string[], o: { bold?: boolean; header?: boolean; ruleAbove?: boolean }) =>
    new TableRow({ tableHeader: o.header, cantSplit: true, children: block.columns.map((c, k) => cell(cells[k] ?? "", c, { ...o, ruleBelow: o.header })) });
  return new Table({
    width: { size: Math.round(block.columns.reduce((w, c) => w + c.width, 0) * TEXT_WIDTH), type: WidthType.DXA },
    columnWidths: block.columns.map((c) => Math.round(c.width * TEXT_WIDTH)),
    borders: NO_BORDERS,
    rows: [
      row(
        block.columns.map((c) => c.title),
        { bold: true, header: true },
      ),
      ...block.rows.map((r) => row(r, {})),
      ...(block.total ?? []).map((r, i) => row(r, { bold: true, ruleAbove: i === 0 })),
    ],
  });
}

/** Bank details beside the EPC QR code (EUR only), in a frame. */
function payment(p: PaymentRequest): Table {
  const payload = epcPayload(p);
  const text = p.lines.map((l, i) => para(l, { bold: i === 0, after: 2 }));
  const qrWidth = payload ? Math.round((35 / 25.4) * 1440) : 0;
  const frame = { top: RULE, bottom: RULE, left: RULE, right: RULE };
  const cells = [
    new TableCell({ width: { size: TEXT_WIDTH - qrWidth, type: WidthType.DXA }, borders: payload ? { ...frame, right: NONE } : frame, margins: { left: 140, right: 140, top: 120, bottom: 120 }, children: text }),
  ];
  if (payload) {
    cells.push(
      new TableCell({
        width: { size: qrWidth, type: WidthType.DXA },
        borders: { ...frame, left: NONE },
        verticalAlign: VerticalAlign.CENTER,
        margins: { top: 80, bottom: 80 },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new ImageRun({ type: "png", data: epcQrPng(payload, 6), transformation: { width: QR_PX, height: QR_PX }, altText: { name: "EPC QR", title: "EPC QR", description: payload } })],
          }),
          ...(p.qrCaption ? [para(p.qrCaption, { size: 7, color: GREY, align: AlignmentType.CENTER, after: 0 })] : []),
        ],
      }),
    );
  }
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: cells.length === 2 ? [TEXT_WIDTH - qrWidth, qrWidth] : [TEXT_WIDTH], borders: NO_BORDERS, rows: [new TableRow({ cantSplit: true, children: cells })] });
}

/** A signature column: the closing, room to sign, the signer in bold, the rest; kept on one page. */
function signatureParagraphs(lines: readonly string[], keepWithNext: boolean): Paragraph[] {
  return lines.map((line, i) => para(line, { bold: i === 1, before: i === 0 ? 10 : i === 1 ? 26 : 0, after: 0, keepNext: i < lines.length - 1 || keepWithNext }));
}

function signature(block: Extract<DocumentBlock, { kind: "signature" }>): (Paragraph | Table)[] {
  if (!block.beside) return signatureParagraphs(block.lines, block.keepWithNext ?? false);
  const half = Math.round(TEXT_WIDTH / 2);
  const column = (lines: readonly string[]) => new TableCell({ width: { size: half, type: WidthType.DXA }, margins: { right: 240 }, children: signatureParagraphs(lines, false) });
  return [new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [half, TEXT_WIDTH - half], borders: NO_BORDERS, rows: [new TableRow({ cantSplit: true, children: [column(block.lines), column(block.beside)] })] })];
}

function blockContent(block: DocumentBlock, doc: BusinessDocument, next: DocumentBlock | undefined): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [para(block.text, { bold: true, size: 11.5, before: 10, after: 4, keepNext: true })];
    case "paragraph":
      return [para(block.text, { keepNext: block.keepWithNext })];
    case "table":
      // Word needs an empty paragraph between two tables, or it merges them.
      return next?.kind === "table" || next?.kind === "payment" || (next?.kind === "signature" && next.beside) ? [table(block), para("", { after: 0 })] : [table(block)];
    case "signature":
      return signature(block);
    case "payment":
      return doc.payment ? [para("", { after: 0 }), payment(doc.payment), para("", { after: 0 })] : [];
    case "pageBreak":
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}

function logoRun(logo: Uint8Array): ImageRun {
  const kind = imageKind(logo);
  if (kind === undefined) throw new DomainError("documents.logo.notImage");
  const size = imageSize(logo);
  if (!size || size.width === 0 || size.height === 0) throw new DomainError("documents.logo.unreadable", { kind: kind.toUpperCase() });
  // At most 150 × 56 pt, as in the PDF (pixels at 96 per inch).
  const scale = Math.min((150 * 96) / 72 / size.width, (56 * 96) / 72 / size.height, 1);
  return new ImageRun({ type: kind === "png" ? "png" : "jpg", data: logo, transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) }, altText: { name: "Logo", title: "Logo", description: "Logo" } });
}

/** Letterhead (logo at the right), recipient, date, references and title, as in the PDF. */
function opening(doc: BusinessDocument): (Paragraph | Table)[] {
  const head = doc.letterhead.map((l, i) => para(l, { bold: i === 0, size: i === 0 ? 13 : 8.5, color: i === 0 ? undefined : GREY, after: i === 0 ? 3 : 0 }));
  const letterhead = doc.logo && doc.logo.byteLength > 0
    ? new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [TEXT_WIDTH - 3200, 3200],
        borders: NO_BORDERS,
        rows: [
          new TableRow({
            children: [
              new TableCell({ width: { size: TEXT_WIDTH - 3200, type: WidthType.DXA }, children: head }),
              new TableCell({ width: { size: 3200, type: WidthType.DXA }, children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [logoRun(doc.logo)] })] }),
            ],
          }),
        ],
      })
    : undefined;
  return [
    ...(letterhead ? [letterhead] : head),
    ...doc.recipient.map((l, i) => para(l, { bold: i === 0, before: i === 0 ? 28 : 0, after: 0 })),
    para(doc.date, { align: AlignmentType.RIGHT, before: 18, after: 2 }),
    ...doc.references.map((r) => para(r, { size: 8.5, color: GREY, after: 0 })),
    para(doc.title, { bold: true, size: 13, before: 14, after: 6, keepNext: true }),
  ];
}

/**
 * A business document as a Word file (.docx bytes) for users who edit before sending: the same
 * content as the PDF (letterhead and logo, recipient, date, references, title, blocks, payment block
 * with the EPC QR code as an image), tables with their header row repeated, "Page n of m" in the
 * footer, and a running head from the second page on.
 *
 * Throws DomainError documents.logo.notImage / documents.logo.unreadable like renderPdf.
 *
 * `options.pause` is awaited between the steps (each block, compiling the XML, zipping), so a run of
 * thousands of letters on the pane's thread never blocks it for a whole letter.
 *
 * @example
 * const bytes = await renderDocx(doc); // a ZIP: word/document.xml holds the text
 */
export async function renderDocx(doc: BusinessDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  const pause = options.pause;
  const [before, between, after] = doc.pageTemplate.split(/\{page\}|\{pages\}/);
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ size: 16, font: FONT, color: GREY, children: [before ?? "", PageNumber.CURRENT, between ?? "", PageNumber.TOTAL_PAGES, after ?? ""] })],
      }),
    ],
  });
  const running = [doc.recipient[0], doc.date, doc.title].filter(Boolean).join(" · ");
  const blocks = blocksInOrder(doc);
  const children = opening(doc);
  for (let i = 0; i < blocks.length; i++) {
    if (pause) await pause();
    children.push(...blockContent(blocks[i], doc, blocks[i + 1]));
  }
  if (pause) await pause();
  const document = new Document({
    title: printable(doc.title),
    creator: "Credit Desk",
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: { titlePage: true, page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side } } },
        headers: { default: new Header({ children: [para(running, { size: 7.5, color: GREY, after: 0 })] }), first: new Header({ children: [] }) },
        footers: { default: footer, first: footer },
        children,
      },
    ],
  });
  if (!pause || typeof compiler?.compile !== "function") return new Uint8Array(await Packer.toArrayBuffer(document));
  // Packer.toArrayBuffer would compile the XML and zip it in one go: the same two steps, a pause between.
  await pause();
  const files = compiler.compile(document, undefined, []);
  await pause();
  return zipSync(Object.fromEntries([...files].map(([path, data]) => [path, fileBytes(data)])));
}

/** A compiled file's bytes as docx's own zipping takes them (fflate tells a file from a folder by `instanceof Uint8Array`). */
const fileBytes = (data: string | Uint8Array | ArrayBuffer): Uint8Array =>
  typeof data === "string" ? strToU8(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

/**
 * docx 9's compiler, which Packer runs before zipping the files it makes with fflate's zipSync (the
 * same fflate as ours, defaults alike, so the bytes are Packer's). Not public: the docx tests unzip
 * what renderDocx writes with a pause, so a change in docx shows there; without it, Packer packs.
 */
const compiler = (Packer as unknown as { compiler?: { compile(file: Document, prettify: undefined, overrides: readonly never[]): Map<string, string | Uint8Array | ArrayBuffer> } }).compiler;
