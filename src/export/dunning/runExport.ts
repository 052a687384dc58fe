/**
 * The files of a dunning run, in one pass over its letters: each letter's PDF and Word file, the
 * .eml draft (the PDF attached) of each e-mail customer, all of them streamed into one ZIP, and the
 * mail-merge list as CSV and XLSX. Each letter's files go into the ZIP as they are made and are then
 * dropped, so a run of 10,000 letters holds the archive once, not every letter twice; the archive's
 * bytes go into Blobs as they are written (outside the JS heap), never joined into one array. The pane
 * makes them in a worker (exportService.ts, from the same addLetterFiles and finishRun); exportRun
 * makes them on the calling thread, pausing (`pause`) inside every letter's render, between its
 * files, and every few hundred rows of the mail-merge CSV.
 */
import { fromMinor, serialToIso } from "../../domain/core";
import { DunningLetter, DunningLogEntry, DunningRunResult } from "../../domain/dunning";
import { resolveLanguage, t } from "../../i18n";
import { BusinessDocument, RenderOptions } from "../core/document";
import { emailDraft } from "../core/eml";
import { BlobFile, CSV_MIME, LetterFile, PDF_MIME, safeFileName, XLSX_MIME, ZIP_MIME } from "../core/files";
import { tableCsv, tableXlsx } from "../core/table";
import { ZipWriter } from "../core/zip";
import { documentText, dunningLetterDocument, letterSubject, letterTitle, LetterSender, totalsText } from "./letter";

export type Render = (doc: BusinessDocument, options?: RenderOptions) => Promise<Uint8Array>;

export interface Renderers {
  readonly pdf: Render;
  /** Absent: no Word files (the ZIP holds the PDFs, drafts and the list). */
  readonly docx?: Render;
}

export interface ExportOptions {
  readonly result: DunningRunResult;
  readonly sender: LetterSender;
  readonly renderers: Renderers;
  readonly signal?: AbortSignal;
  /** Fraction of the letters done, 0..1. */
  readonly progress?: (fraction: number) => void;
  /** Called between the steps of the export, within each letter and the mail-merge files too: the pane yields to the browser here once its time slice is used up. */
  readonly pause?: () => Promise<void>;
}

/** A letter's files: their names inside the ZIP (the .eml's null when the letter goes by post), its subject and its text. */
export interface LetterFiles {
  readonly subject: string;
  readonly text: string;
  readonly pdf: string;
  readonly docx: string;
  readonly eml: string | null;
}

/** One letter as exported: the letter and its files. */
export interface ExportedLetter extends LetterFiles {
  readonly letter: DunningLetter;
}

/** A letter whose files could not be made, and why. */
export interface FailedLetter {
  readonly letter: DunningLetter;
  readonly message: string;
}

export interface RunFiles {
  /** The ZIP of every letter file and the mail-merge list (hundreds of MB for 10,000 letters, in the browser's blob store). */
  readonly zip: BlobFile;
  readonly csv: LetterFile;
  readonly xlsx: LetterFile;
  readonly letters: readonly ExportedLetter[];
  /** Letters whose files could not be made, with the reason: left out of the ZIP and the log. */
  readonly failed: readonly FailedLetter[];
}

/** Mail-merge rows written to CSV between two pauses (a row holds the letter's whole text). */
const CSV_SLICE = 500;

export const MAIL_MERGE_HEADERS = ["customer_id", "recipient", "email", "address", "language", "level", "channel", "subject", "body", "totals", "file"] as const;

/** The mail-merge row of an exported letter; every cell is guarded by the CSV/XLSX writers. */
export function mailMergeRow(l: DunningLetter, e: LetterFiles): string[] {
  return [l.customerId, l.customer, l.profile?.email ?? "", (l.profile?.address ?? []).join(", "), l.language, String(l.level), l.channel, e.subject, e.text, totalsText(l, resolveLanguage(l.language)), e.pdf];
}

/** Bytes of a big file deflated into the ZIP between two pauses (a few milliseconds of work). */
const ZIP_SLICE = 256 * 1024;

/**
 * Renders a letter's files (PDF, Word when there is a writer, the .eml draft for an e-mail customer)
 * into the archive, pausing between them. Throws what a renderer throws.
 */
export async function addLetterFiles(zip: ZipWriter, letter: DunningLetter, sender: LetterSender, asOf: number, renderers: Renderers, pause?: () => Promise<void>): Promise<LetterFiles> {
  const doc = dunningLetterDocument(letter, sender, asOf);
  const render: RenderOptions = pause ? { pause } : {};
  const pdfBytes = await renderers.pdf(doc, render);
  if (pause) await pause();
  const docxBytes = renderers.docx ? await renderers.docx(doc, render) : null;
  if (pause) await pause();
  const pdf = zip.add(`pdf/${safeFileName(doc.fileBase, "pdf")}`, pdfBytes);
  const docx = docxBytes ? zip.add(`docx/${safeFileName(doc.fileBase, "docx")}`, docxBytes) : "";
  const subject = letterSubject(letter);
  const text = documentText(doc).join("\n");
  let eml: string | null = null;
  if (letter.channel !== "letter" && (letter.profile?.email ?? "") !== "") {
    if (pause) await pause();
    const lang = resolveLanguage(letter.language);
    const body = `${t("dunLetter.mailBody", { date: doc.date, title: letterTitle(letter) }, lang)}\n\n${text}`;
    const draft = emailDraft({ ...(sender.contact.includes("@") ? { from: { name: sender.name, addr: sender.contact } } : {}), to: { name: letter.customer, addr: letter.profile!.email }, subject, body, attachments: [{ name: pdf.split("/").pop()!, mime: PDF_MIME, bytes: pdfBytes }] });
    eml = zip.add(`eml/${safeFileName(doc.fileBase, "eml")}`, new TextEncoder().encode(draft));
  }
  return { subject, text, pdf, docx, eml };
}

/** The mail-merge list of a run, and the archive's last bytes once the list is in it and the archive is closed. */
export interface RunEnd {
  readonly csv: LetterFile;
  readonly xlsx: LetterFile;
  readonly last: Blob;
}

/** Writes the mail-merge list (one row per letter, see mailMergeRow) as CSV and XLSX into the archive, pausing between slices, and closes the archive. */
export async function finishRun(zip: ZipWriter, asOf: number, rows: readonly (readonly string[])[], pause?: () => Promise<void>): Promise<RunEnd> {
  const date = serialToIso(asOf);
  const csvBytes = new TextEncoder().encode(await mailMergeCsv(rows, pause));
  if (pause) await pause();
  const xlsxBytes = await tableXlsx(`Dunning ${date}`, [...MAIL_MERGE_HEADERS], rows, { pause });
  const csvName = safeFileName(`Dunning mail merge ${date}`, "csv");
  const xlsxName = safeFileName(`Dunning mail merge ${date}`, "xlsx");
  // The CSV (25 MB for 10,000 letters) is deflated a slice at a time, with the pane's pause between slices.
  const csvEntry = zip.addStream(csvName);
  for (let at = 0; at < csvBytes.length; at += ZIP_SLICE) {
    if (pause) await pause();
    csvEntry.push(csvBytes.subarray(at, at + ZIP_SLICE));
  }
  csvEntry.push(new Uint8Array(0), true);
  zip.add(xlsxName, xlsxBytes);
  return { csv: { name: csvName, mime: CSV_MIME, bytes: csvBytes }, xlsx: { name: xlsxName, mime: XLSX_MIME, bytes: xlsxBytes }, last: zip.finishBlob() };
}

/** A run's ZIP from the Blobs it was written in, in order. */
export const zipFile = (asOf: number, written: readonly Blob[]): BlobFile => ({ name: safeFileName(`Dunning ${serialToIso(asOf)}`, "zip"), blob: new Blob([...written], { type: ZIP_MIME }) });

/** The run's files, made on this thread. Throws only when cancelled (an AbortError); a letter that cannot be rendered is listed in `failed`. */
export async function exportRun(o: ExportOptions): Promise<RunFiles> {
  const zip = new ZipWriter();
  const written: Blob[] = [];
  const letters: ExportedLetter[] = [];
  const failed: FailedLetter[] = [];
  const total = o.result.letters.length;
  for (let k = 0; k < total; k++) {
    if (o.signal?.aborted) throw new DOMException("cancelled", "AbortError");
    const letter = o.result.letters[k];
    try {
      letters.push({ letter, ...(await addLetterFiles(zip, letter, o.sender, o.result.asOf, o.renderers, o.pause)) });
    } catch (error) {
      failed.push({ letter, message: errorMessage(error) });
    }
    written.push(zip.takeBlob());
    o.progress?.((k + 1) / Math.max(1, total));
    if (o.pause) await o.pause();
  }
  const end = await finishRun(zip, o.result.asOf, letters.map((e) => mailMergeRow(e.letter, e)), o.pause);
  return { zip: zipFile(o.result.asOf, [...written, end.last]), csv: end.csv, xlsx: end.xlsx, letters, failed };
}

/** What a failed letter's row says: the error's message. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The mail-merge CSV of the rows, written CSV_SLICE rows at a time with a pause between: each slice's
 * CSV without its header line, joined, is the text of all rows at once (tableCsv's records stand alone).
 *
 * @example
 * await mailMergeCsv(rows, pause) === tableCsv([...MAIL_MERGE_HEADERS], rows) //=> true
 */
export async function mailMergeCsv(rows: readonly (readonly string[])[], pause?: () => Promise<void>): Promise<string> {
  const headers = [...MAIL_MERGE_HEADERS];
  const head = tableCsv(headers, []).length;
  const texts = [tableCsv(headers, rows.slice(0, CSV_SLICE))];
  for (let from = CSV_SLICE; from < rows.length; from += CSV_SLICE) {
    if (pause) await pause();
    texts.push(tableCsv(headers, rows.slice(from, from + CSV_SLICE)).slice(head));
  }
  return texts.join("");
}

/** The log rows of the letters exported: one per letter and currency, the file being the PDF's name in the ZIP. */
export function logEntries(asOf: number, letters: readonly ExportedLetter[]): DunningLogEntry[] {
  return letters.flatMap((e) =>
    e.letter.totals.map((x) => ({
      date: asOf,
      customerId: e.letter.customerId,
      customer: e.letter.customer,
      items: e.letter.items.filter((i) => i.currency === x.currency).map((i) => ({ invoice: i.invoice, level: i.level })),
      level: e.letter.level,
      amount: x.principal,
      interest: x.interest,
      fee: x.fee + x.statutoryFees,
      currency: x.currency,
      channel: e.letter.channel,
      file: e.pdf,
    })),
  );
}

/** The amount of a letter's first currency as a number, for sheets. */
export const firstTotal = (l: DunningLetter) => fromMinor(l.totals[0]?.total ?? 0);
