/**
 * The lazily loaded part of the agreement letter: pdf-lib and docx are big, so the pane imports this
 * module with import() only when a plan is accepted.
 */
import { agreementDocx } from "./agreementDocx";
import { agreementPdf } from "./agreementPdf";
import { LetterDocument } from "./letterText";

export interface LetterFile {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

export const PDF_MIME = "application/pdf";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A name safe on every file system: no path separators or reserved characters. */
export function safeFileName(base: string, extension: string): string {
  return `${base.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim() || "letter"}.${extension}`;
}

/** The letter as a PDF and a Word file. */
export async function agreementFiles(doc: LetterDocument): Promise<{ pdf: LetterFile; docx: LetterFile }> {
  const [pdf, docx] = await Promise.all([agreementPdf(doc), agreementDocx(doc)]);
  return {
    pdf: { name: safeFileName(doc.fileBase, "pdf"), mime: PDF_MIME, bytes: pdf },
    docx: { name: safeFileName(doc.fileBase, "docx"), mime: DOCX_MIME, bytes: docx },
  };
}
