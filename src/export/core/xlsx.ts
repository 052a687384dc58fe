/**
 * An XLSX workbook of one sheet written part by part (SpreadsheetML, ECMA-376), without a spreadsheet
 * library: the sheet's XML and its shared strings are built a few rows at a time and deflated into
 * the ZIP as they go, so a caller can pause between rows and a 10,000-row mail merge never blocks the
 * pane. Text goes into the shared-string table, the form Excel itself writes and every reader takes
 * (Word's mail merge reads the file through Excel's data provider, not Excel); the caller guards the
 * cells (export/core/table).
 */
import { columnLetters } from "../../domain/core";
import { ZipStream, ZipWriter } from "./zip";

/** A cell as written: text, a number, a date, or empty. */
export type XlsxValue = string | number | Date | null | undefined;

/** The sheet's layout, known before its first row. */
export interface XlsxSheet {
  /** A valid sheet name (export/core/table's safeSheetName). */
  readonly name: string;
  /** Per column: its width in characters and its number format, e.g. "#,##0.00". */
  readonly columns: readonly { readonly width: number; readonly numFmt?: string }[];
  /** Rows frozen at the top (the header), 0 for none. */
  readonly frozenRows: number;
  /** The used range, rows × columns, for the sheet's <dimension>. */
  readonly size: { readonly rows: number; readonly columns: number };
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006";
const CONTENT = "application/vnd.openxmlformats-officedocument";

/** Style indexes of cellXfs: 0 normal, 1 the bold header, 2 a date with Excel's short-date format (14); then one per column format. */
const BOLD = 1;
const DATE = 2;
const FIRST_FORMAT = 3;
/** Excel's built-in number formats that have an id of their own (ECMA-376 §18.8.30); others are custom, from 164. */
const BUILT_IN: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "mm-dd-yy": 14 };

/** Characters XML 1.0 has no place for: controls other than tab, LF and CR, U+FFFE, U+FFFF, and surrogates (a pair is kept, a lone half is not). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const NOT_XML_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
/** Characters written as references in XML text: the markup ones, and CR (an XML parser reads a bare CR as LF). */
const MARKUP = /[&<>"\r]/;
const MARKUP_ALL = /[&<>"\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };

/**
 * Text without the characters XML 1.0 forbids (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE,
 * U+FFFF, a lone surrogate): what a cell can hold in an XLSX file.
 *
 * @example
 * xmlChars("a\u0000b\u0007c 😀") //=> "abc 😀"
 */
export function xmlChars(text: string): string {
  return NOT_XML.test(text) ? text.replace(NOT_XML_ALL, (c) => (c.length === 2 ? c : "")) : text;
}

/**
 * Text as XML character data or an attribute value: markup escaped, CR kept as a reference, the
 * characters XML 1.0 forbids left out (xmlChars).
 *
 * @example
 * xmlText('a < b & "c" ]]>\u0001') //=> "a &lt; b &amp; &quot;c&quot; ]]&gt;"
 */
export function xmlText(text: string): string {
  const chars = xmlChars(text);
  return MARKUP.test(chars) ? chars.replace(MARKUP_ALL, (c) => ESCAPES[c]) : chars;
}

/** Excel's serial day number of a date (1900 system, the day fraction from the UTC time), as exceljs writes it. */
const excelSerial = (d: Date) => 25569 + d.getTime() / 86_400_000;

/** Chunks of a streamed part: strings gathered and encoded about 64 KB at a time. */
class PartWriter {
  private parts: string[] = [];
  private length = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly stream: ZipStream) {}

  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= 65_536) this.flush(false);
  }

  close(): void {
    this.flush(true);
  }

  private flush(final: boolean): void {
    this.stream.push(this.encoder.encode(this.parts.join("")), final);
    this.parts = [];
    this.length = 0;
  }
}

/**
 * The workbook, written as rows come: `row` appends a row to the sheet, `finish` writes the shared
 * strings (calling `tick` between them, where the caller may pause) and returns the file.
 *
 * @example
 * const book = new XlsxWriter({ name: "List", columns: [{ width: 10 }], frozenRows: 1, size: { rows: 2, columns: 1 } });
 * book.row(["Name"], true);
 * book.row(["Rossi"]);
 * const bytes = await book.finish();
 */
export class XlsxWriter {
  private readonly zip = new ZipWriter();
  private readonly sheet: PartWriter;
  private readonly strings = new Map<string, number>();
  private stringCount = 0;
  private rowNumber = 0;
  private readonly refs: string[] = [];
  /** Per column: the style of its numbers and text (its format, or none), and of its dates. */
  private readonly styles: { readonly plain: number; readonly date: number }[];

  constructor(sheet: XlsxSheet) {
    const formats = [...new Set(sheet.columns.flatMap((c) => (c.numFmt ? [c.numFmt] : [])))];
    this.styles = sheet.columns.map((c) => {
      const style = c.numFmt ? FIRST_FORMAT + formats.indexOf(c.numFmt) : 0;
      return { plain: style, date: style || DATE };
    });
    this.zip.add("[Content_Types].xml", utf8(contentTypes()));
    this.zip.add("_rels/.rels", utf8(packageRels()));
    this.zip.add("docProps/core.xml", utf8(coreProperties(new Date())));
    this.zip.add("xl/workbook.xml", utf8(workbook(sheet.name)));
    this.zip.add("xl/_rels/workbook.xml.rels", utf8(workbookRels()));
    this.zip.add("xl/styles.xml", utf8(stylesheet(formats)));
    this.sheet = new PartWriter(this.zip.addStream("xl/worksheets/sheet1.xml"));
    this.sheet.write(sheetStart(sheet, this.styles));
  }

  /** Appends a row: strings as shared strings, finite numbers as numbers, dates as serial numbers in a date format; empty cells (and rows) left out. */
  row(cells: readonly XlsxValue[], bold = false): void {
    const r = ++this.rowNumber;
    let xml = "";
    for (let k = 0; k < cells.length; k++) {
      const v = cells[k];
      if (v === null || v === undefined) continue;
      const ref = (this.refs[k] ??= columnLetters(k)) + r;
      const column = this.styles[k] ?? { plain: 0, date: DATE };
      if (typeof v === "string") {
        xml += `<c r="${ref}"${styleAttr(bold ? BOLD : column.plain)} t="s"><v>${this.stringIndex(v)}</v></c>`;
      } else if (typeof v === "number") {
        if (Number.isFinite(v)) xml += `<c r="${ref}"${styleAttr(bold ? BOLD : column.plain)}><v>${v}</v></c>`;
      } else if (!Number.isNaN(v.getTime())) {
        xml += `<c r="${ref}"${styleAttr(column.date)}><v>${excelSerial(v)}</v></c>`;
      }
    }
    if (xml !== "") this.sheet.write(`<row r="${r}">${xml}</row>`);
  }

  /** Closes the sheet, writes the shared strings (`tick` after each: the caller's chance to pause) and returns the workbook. */
  async finish(tick: () => Promise<void> | undefined = () => undefined): Promise<Uint8Array> {
    this.sheet.write("</sheetData></worksheet>");
    this.sheet.close();
    const sst = new PartWriter(this.zip.addStream("xl/sharedStrings.xml"));
    sst.write(`${XML_DECL}<sst xmlns="${MAIN_NS}" count="${this.stringCount}" uniqueCount="${this.strings.size}">`);
    for (const text of this.strings.keys()) {
      sst.write(`<si><t xml:space="preserve">${xmlText(text)}</t></si>`);
      const pause = tick();
      if (pause) await pause;
    }
    sst.write("</sst>");
    sst.close();
    return this.zip.finish();
  }

  private stringIndex(text: string): number {
    this.stringCount++;
    let index = this.strings.get(text);
    if (index === undefined) this.strings.set(text, (index = this.strings.size));
    return index;
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const styleAttr = (style: number) => (style === 0 ? "" : ` s="${style}"`);

function contentTypes(): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    override("/xl/workbook.xml", `${CONTENT}.spreadsheetml.sheet.main+xml`) +
    override("/xl/worksheets/sheet1.xml", `${CONTENT}.spreadsheetml.worksheet+xml`) +
    override("/xl/styles.xml", `${CONTENT}.spreadsheetml.styles+xml`) +
    override("/xl/sharedStrings.xml", `${CONTENT}.spreadsheetml.sharedStrings+xml`) +
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    "</Types>"
  );
}

function packageRels(): string {
  return (
    `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">` +
    `<Relationship Id="rId1" Type="${OFFICE_DOC}/relationships/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    "</Relationships>"
  );
}

function coreProperties(created: Date): string {
  const when = created.toISOString().replace(/\.\d+Z$/, "Z");
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>Credit Desk</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created></cp:coreProperties>`
  );
}

function workbook(sheetName: string): string {
  return (
    `${XML_DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews>` +
    `<sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
}

function workbookRels(): string {
  return (
    `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">` +
    `<Relationship Id="rId1" Type="${OFFICE_DOC}/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${OFFICE_DOC}/relationships/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId3" Type="${OFFICE_DOC}/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
    "</Relationships>"
  );
}

/** Fonts: Calibri 11 and its bold; cellXfs as BOLD, DATE and FIRST_FORMAT say. */
function stylesheet(formats: readonly string[]): string {
  let custom = 164;
  const ids = formats.map((f) => BUILT_IN[f] ?? custom++);
  const customs = formats.flatMap((f, i) => (ids[i] >= 164 ? [`<numFmt numFmtId="${ids[i]}" formatCode="${xmlText(f)}"/>`] : []));
  const font = (bold: boolean) => `<font>${bold ? "<b/>" : ""}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
  const xf = (numFmtId: number, fontId = 0) => `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${fontId ? ' applyFont="1"' : ""}${numFmtId ? ' applyNumberFormat="1"' : ""}/>`;
  const xfs = [xf(0), xf(0, 1), xf(14), ...ids.map((id) => xf(id))];
  return (
    `${XML_DECL}<styleSheet xmlns="${MAIN_NS}">` +
    (customs.length > 0 ? `<numFmts count="${customs.length}">${customs.join("")}</numFmts>` : "") +
    `<fonts count="2">${font(false)}${font(true)}</fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    "</styleSheet>"
  );
}

/** The sheet up to its first row: the used range, the frozen rows, the column widths and formats. */
function sheetStart(sheet: XlsxSheet, styles: readonly { readonly plain: number }[]): string {
  const { rows, columns } = sheet.size;
  const dimension = rows > 0 && columns > 0 ? `A1:${columnLetters(columns - 1)}${rows}` : "A1";
  const top = `A${sheet.frozenRows + 1}`;
  const view =
    sheet.frozenRows > 0
      ? `<sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView>`
      : '<sheetView workbookViewId="0"/>';
  const cols = sheet.columns
    .map((c, k) => `<col min="${k + 1}" max="${k + 1}" width="${c.width}" customWidth="1"${styles[k].plain ? ` style="${styles[k].plain}"` : ""}/>`)
    .join("");
  return (
    `${XML_DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/><sheetViews>${view}</sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>`
  );
}
