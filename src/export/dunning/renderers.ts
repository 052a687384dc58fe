/**
 * The document writers of export/core the dunning export renders with, loaded when the export runs.
 * Until the PDF and Word writers land on this branch the export writes the workbook-native path only.
 */
import { DomainError } from "../../domain/core";
import { Renderers } from "./runExport";

export async function loadRenderers(): Promise<Renderers> {
  const missing = async (): Promise<Uint8Array> => {
    throw new DomainError("dunPanel.writersMissing");
  };
  return { pdf: missing, docx: missing };
}
