/**
 * The lazily loaded part of the agreement letter: pdf-lib and docx are big, so the pane imports this
 * module with import() only when a plan is accepted.
 */
import { agreementDocx } from "./agreementDocx";
import { agreementPdf } from "./agreementPdf";
import { LetterDocument } from "./letterText";

import { DOCX_MIME, LetterFile, PDF_MIME, safeFileName } from "../core/files";

export { DOCX_MIME, PDF_MIME, safeFileName };
export type { LetterFile };

/** The letter as a PDF and a Word file. */
export async function agreementFiles(doc: LetterDocument): Promise<{ pdf: LetterFile; docx: LetterFile }> {
  const [pdf, docx] = await Promise.all([agreementPdf(doc), agreementDocx(doc)]);
  return {
    pdf: { name: safeFileName(doc.fileBase, "pdf"), mime: PDF_MIME, bytes: pdf },
    docx: { name: safeFileName(doc.fileBase, "docx"), mime: DOCX_MIME, bytes: docx },
  };
}
