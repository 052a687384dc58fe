/**
 * The lazily loaded part of the agreement letter: pdf-lib and docx are big, so the pane imports this
 * module with import() only when a plan is accepted.
 */
import { AgreementLetter } from "../../domain/plans";
import { renderDocx } from "../core/docx";
import { DOCX_MIME, LetterFile, logoFromSetting, PDF_MIME, safeFileName } from "../core/files";
import { renderPdf } from "../core/pdf";
import { agreementDocument } from "./letterText";

/**
 * The letter as a PDF and a Word file, both from one BusinessDocument. Throws DomainError
 * documents.logo.* when the logo in the settings is not a PNG or JPEG.
 */
export async function agreementFiles(letter: AgreementLetter): Promise<{ pdf: LetterFile; docx: LetterFile }> {
  const doc = agreementDocument(letter, logoFromSetting(letter.company.logo));
  const [pdf, docx] = await Promise.all([renderPdf(doc), renderDocx(doc)]);
  return {
    pdf: { name: safeFileName(doc.fileBase, "pdf"), mime: PDF_MIME, bytes: pdf },
    docx: { name: safeFileName(doc.fileBase, "docx"), mime: DOCX_MIME, bytes: docx },
  };
}
