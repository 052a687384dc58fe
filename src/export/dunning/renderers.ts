/**
 * The document writers of export/core the dunning export renders with, loaded when the export runs
 * (so the pane opens without them).
 */
import { Renderers } from "./runExport";

export async function loadRenderers(): Promise<Renderers> {
  const { renderPdf } = await import("../core/pdf");
  return { pdf: renderPdf };
}
