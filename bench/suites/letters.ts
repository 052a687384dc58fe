import "../lib/assets";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, PDFFont, rgb } from "pdf-lib";
import { BusinessDocument } from "../../src/export/core/document";
import { renderDocx } from "../../src/export/core/docx";
import { epcPayload, epcQrPng } from "../../src/export/core/epcQr";
import { documentFonts, FontBytes } from "../../src/export/core/fonts";
import { renderPdf } from "../../src/export/core/pdf";
import { MeasuredFont } from "../../src/export/core/pdfFont";
import { ZipWriter } from "../../src/export/core/zip";
import { sampleDocument } from "../../test/export/core/documentFixture";
import { collect, measureOnceAsync, median, now } from "../lib/measure";
import { bytes, count, ms, ratio, Suite, verdict } from "../lib/table";

/**
 * The shared document writers (src/export/core) on a typical one-page dunning letter: letterhead,
 * recipient, two paragraphs, a 10-row items table with its total, bank details with the EPC QR code,
 * a signature (test/export/core/documentFixture.ts).
 *
 * - Cost per PDF letter against pdf-lib's own floor, measured alternately in the same run: pdf-lib
 *   drawing the same lines (wrapped beforehand, outside the timing), the table's cells at fixed
 *   positions and the QR code as a PNG image on one A4 page with the same two embedded fonts (DejaVu
 *   Sans, subset), and saving; no layout logic. Two floors: pdf-lib as documented (embedFont with
 *   fontkit, drawText), and pdf-lib with the writer's own font path (fonts parsed once, text encoded
 *   from the character map), so the ratio to the second is the cost of the layout alone. Target:
 *   renderPdf ≤ 3× the stock floor.
 * - Letters per second for PDF and Word, one after another as a run makes them.
 * - Peak heap of a run of letters streamed into one ZIP (ZipWriter), above the heap before it.
 *
 * Environment: BENCH_LETTERS  letters in the throughput and heap runs (default 500)
 */
export const TARGETS = { pdfVsFloor: 3 } as const;

/** The document's text as the floor draws it: lines of at most `width` characters, split at spaces. */
function chop(text: string, width = 92): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

interface FloorLine {
  readonly text: string;
  readonly x: number;
  readonly bold: boolean;
  readonly size: number;
}

/** Every line the letter shows, with a column position: the floor's input, prepared once. */
function floorLines(doc: BusinessDocument): FloorLine[] {
  const out: FloorLine[] = [];
  const add = (text: string, bold = false, size = 10, x = 57) => out.push({ text, x, bold, size });
  doc.letterhead.forEach((l, i) => add(l, i === 0, i === 0 ? 13 : 8.5));
  doc.recipient.forEach((l, i) => add(l, i === 0));
  add(doc.date, false, 10, 480);
  doc.references.forEach((r) => add(r, false, 8.5));
  add(doc.title, true, 13);
  for (const b of doc.blocks) {
    if (b.kind === "paragraph" || b.kind === "heading") chop(b.text).forEach((l) => add(l, b.kind === "heading"));
    if (b.kind === "signature") b.lines.forEach((l, i) => add(l, i === 1));
    if (b.kind === "table") {
      const xs = [60, 224, 330, 430];
      b.columns.forEach((c, k) => add(c.title, true, 9, xs[k]));
      for (const r of b.rows) r.forEach((c, k) => add(c, false, 9, xs[k]));
      for (const r of b.total ?? []) r.forEach((c, k) => add(c, true, 9, xs[k]));
    }
  }
  for (const l of doc.payment?.lines ?? []) chop(l, 70).forEach((t, i) => add(t, i === 0));
  add(doc.pageTemplate.replace("{page}", "1").replace("{pages}", "1"), false, 8, 500);
  return out;
}

/** pdf-lib with no layout: each line drawn where it is given, the QR code as an image, one page. */
async function floorPdf(doc: BusinessDocument, lines: readonly FloorLine[], fonts: FontBytes, embed: (pdf: PDFDocument, bytes: Uint8Array) => Promise<PDFFont>): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await embed(pdf, fonts.regular);
  const bold = await embed(pdf, fonts.bold);
  const page = pdf.addPage([595.28, 841.89]);
  let y = 800;
  for (const l of lines) {
    page.drawText(l.text, { x: l.x, y, size: l.size, font: l.bold ? bold : regular, color: rgb(0, 0, 0) });
    if (l.x < 200 || l.x > 420) y -= 12;
  }
  const image = await pdf.embedPng(epcQrPng(epcPayload(doc.payment!)!));
  page.drawImage(image, { x: 467, y: 120, width: 71, height: 71 });
  return pdf.save();
}

const stockEmbed = (pdf: PDFDocument, bytes: Uint8Array) => {
  pdf.registerFontkit(fontkit);
  return pdf.embedFont(bytes, { subset: true });
};
const fastEmbed = async (pdf: PDFDocument, bytes: Uint8Array) => (await MeasuredFont.embed(pdf, bytes)).font;

/**
 * Median ms per letter of each renderer, called in alternation: `reps` rounds after `warmup`, each a
 * batch of `batch` letters after a GC (a GC right before a single letter would charge it the heap's
 * regrowth; a run makes letters back to back).
 */
async function alternate(fns: readonly (() => Promise<unknown>)[], warmup: number, reps: number, batch: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn();
  const samples: number[][] = fns.map(() => []);
  for (let i = 0; i < reps; i++) {
    for (const [k, fn] of fns.entries()) {
      collect();
      const start = now();
      for (let j = 0; j < batch; j++) await fn();
      samples[k].push((now() - start) / batch);
    }
  }
  return samples.map(median);
}

/** Letters per second of `render` over `n` different letters (customers and amounts vary), one after another. */
async function throughput(n: number, render: (doc: BusinessDocument) => Promise<Uint8Array>): Promise<{ perSecond: number; bytes: number }> {
  const docs = Array.from({ length: n }, (_, i) => sampleDocument({ customer: `Customer ${i} Łódź Dvořák Sp. z o.o.` }));
  collect();
  const start = now();
  let total = 0;
  for (const d of docs) total += (await render(d)).byteLength;
  return { perSecond: n / ((now() - start) / 1000), bytes: total / n };
}

export const lettersSuite: Suite = {
  name: "Letters (PDF, Word)",
  async run({ log, env }) {
    const n = Math.max(20, Number(env.BENCH_LETTERS ?? 500));
    const doc = sampleDocument();
    const lines = floorLines(doc);
    const fonts = await documentFonts();

    log("  renderPdf against pdf-lib's floor…");
    const [tPdf, tStock, tFast] = await alternate(
      [() => renderPdf(doc), () => floorPdf(doc, lines, fonts, stockEmbed), () => floorPdf(doc, lines, fonts, fastEmbed)],
      5,
      15,
      10,
    );
    log("  renderDocx…");
    const [tDocx] = await alternate([() => renderDocx(doc)], 3, 7, 10);

    log(`  ${count(n)} PDF letters…`);
    const pdfRun = await throughput(n, renderPdf);
    log(`  ${count(Math.ceil(n / 2))} Word letters…`);
    const docxRun = await throughput(Math.ceil(n / 2), renderDocx);

    log(`  ${count(n)} letters streamed into a ZIP…`);
    const zipped = await measureOnceAsync(async () => {
      const zip = new ZipWriter();
      for (let i = 0; i < n; i++) {
        const d = sampleDocument({ customer: `Customer ${i} Škoda Ősz` });
        zip.add(`Reminder ${i}.pdf`, await renderPdf(d));
      }
      return zip.finish().byteLength;
    });

    const vsStock = tPdf / tStock;
    const vsFast = tPdf / tFast;
    return [
      {
        title: "Letters: cost per PDF letter against pdf-lib's floor",
        intro: [
          "A typical one-page dunning letter (letterhead, recipient, two paragraphs, a 10-row items table with its total, bank details with the EPC QR code, a signature), rendered by export/core's renderPdf; median ms per letter over 15 alternated batches of 10 letters (5 warm-up letters each), a GC before each batch.",
          "Floor: pdf-lib drawing the same lines (wrapped beforehand, outside the timing), the table's cells at fixed positions and the QR code as a PNG image on one A4 page, with the same two fonts (DejaVu Sans regular and bold, subset-embedded), then saving; no layout logic. “Stock” embeds the fonts as pdf-lib documents it (fontkit, drawText shaping each line); “same font path” uses the writer's own (fonts parsed once, text encoded from the character map), so its ratio is the cost of the layout alone.",
          `Target: renderPdf ≤ ${TARGETS.pdfVsFloor}× the stock floor.`,
        ],
        table: {
          columns: [{ title: "Case" }, { title: "ms / letter", align: "right" }, { title: "vs stock floor", align: "right" }, { title: "vs same-font floor", align: "right" }, { title: "Target", align: "right" }],
          rows: [
            ["renderPdf (layout, QR as vectors)", ms(tPdf), ratio(vsStock), ratio(vsFast), verdict(vsStock <= TARGETS.pdfVsFloor)],
            ["floor: pdf-lib stock", ms(tStock), ratio(1), ratio(tStock / tFast), ""],
            ["floor: pdf-lib, same font path", ms(tFast), ratio(tFast / tStock), ratio(1), ""],
            ["renderDocx (same letter)", ms(tDocx), ratio(tDocx / tStock), "", ""],
          ],
        },
        notes: ["Absolute times scale with the machine's load (see the run's line below); the ratios come from calls alternated within one run, so load hits both sides alike. The floor draws the QR code as a PNG image (decoded and re-encoded by pdf-lib), renderPdf as vector squares, which is why the writer can come out at or under the same-font floor."],
      },
      {
        title: "Letters: throughput and heap",
        intro: [
          `Letters made one after another, each for a different customer (name and file vary): ${count(n)} PDFs, ${count(Math.ceil(n / 2))} Word files. Heap: peak growth (JS heap + ArrayBuffers, read before every GC and at the end) while ${count(n)} PDF letters are rendered and streamed into one ZIP with ZipWriter, above the heap after a GC before the run.`,
        ],
        table: {
          columns: [{ title: "Run" }, { title: "Letters", align: "right" }, { title: "Letters / s", align: "right" }, { title: "KB / letter", align: "right" }, { title: "Peak heap", align: "right" }],
          rows: [
            ["PDF (renderPdf)", count(n), count(Math.round(pdfRun.perSecond)), (pdfRun.bytes / 1000).toFixed(1), ""],
            ["Word (renderDocx)", count(Math.ceil(n / 2)), count(Math.round(docxRun.perSecond)), (docxRun.bytes / 1000).toFixed(1), ""],
            ["PDF streamed into a ZIP", count(n), count(Math.round(n / (zipped.ms / 1000))), (zipped.result / n / 1000).toFixed(1), bytes(zipped.peakBytes)],
          ],
        },
        notes: [`At this rate 10,000 customers' PDF letters take about ${Math.round(10_000 / pdfRun.perSecond)} s of rendering.`],
      },
    ];
  },
};
