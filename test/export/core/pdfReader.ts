import { spawnSync } from "node:child_process";
import jsQR from "jsqr";
import { PNG } from "pngjs";

/**
 * Reading a PDF back as a person would, with poppler (pdftotext, pdftoppm): the text each page shows,
 * and the QR code a scanner finds on a page rendered to pixels.
 */

function poppler(tool: string, args: readonly string[], input: Uint8Array): Buffer {
  const run = spawnSync(tool, args, { input, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr?.toString()}`);
  return run.stdout;
}

/** Each page's text, in reading order (pdftotext -layout), whitespace runs kept. */
export function pageTexts(pdf: Uint8Array): string[] {
  const pages = poppler("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"], pdf).toString("utf8").split("\f");
  return pages.slice(0, -1);
}

/** The text of a QR code found on page `page` (1-based) rendered at `dpi`, or undefined. */
export function pageQr(pdf: Uint8Array, page = 1, dpi = 100): string | undefined {
  const png = PNG.sync.read(poppler("pdftoppm", ["-r", String(dpi), "-png", "-f", String(page), "-l", String(page), "-"], pdf));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** The fonts the PDF uses (pdffonts): name and whether embedded. */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean }[] {
  const lines = poppler("pdffonts", ["-"], pdf).toString("utf8").split("\n").slice(2).filter((l) => l.trim() !== "");
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    return { name: cols[0], embedded: cols[cols.length - 5] === "yes" };
  });
}
