/**
 * The document writers of export/core the dunning export renders with, loaded when the export runs
 * (so the pane opens without them).
 */
import { Renderers } from "./runExport";

export async function loadRenderers(): Promise<Renderers> {
  const [{ renderPdf }, { renderDocx }] = await Promise.all([import("../core/pdf"), import("../core/docx")]);
  return { pdf: renderPdf, docx: renderDocx };
}
