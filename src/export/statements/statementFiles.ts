/**
 * The files of a statements run: one PDF per statement and a ZIP of them all. A document the writer
 * refuses (a logo it cannot read, say) gives a problem for that customer; the others are made.
 */
import { DomainError, Problem } from "../../domain/core";
import { BusinessDocument } from "../core/document";
import { LetterFile, PDF_MIME, safeFileName, ZIP_MIME } from "../core/files";
import { renderPdf } from "../core/pdf";
import { ZipWriter } from "../core/zip";

export interface StatementFiles {
  readonly pdfs: readonly LetterFile[];
  readonly zip: LetterFile;
  readonly problems: readonly Problem[];
}

export async function statementFiles(documents: readonly BusinessDocument[], zipName: string, shouldStop: () => boolean = () => false): Promise<StatementFiles> {
  const pdfs: LetterFile[] = [];
  const problems: Problem[] = [];
  const zip = new ZipWriter();
  for (const doc of documents) {
    if (shouldStop()) break;
    try {
      const file = { name: safeFileName(doc.fileBase, "pdf"), mime: PDF_MIME, bytes: await renderPdf(doc) };
      pdfs.push(file);
      zip.add(file.name, file.bytes);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push(error.problem);
    }
  }
  return { pdfs, zip: { name: safeFileName(zipName, "zip"), mime: ZIP_MIME, bytes: zip.finish() }, problems };
}
