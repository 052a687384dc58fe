import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, PDFFont, PDFHexString } from "pdf-lib";

/**
 * The embedded fonts of the PDF writer, made fast enough for a run of thousands of letters:
 * - each font file is parsed by fontkit once per page life, not once per document;
 * - text is encoded glyph by glyph from the font's character map, skipping fontkit's OpenType
 *   shaping (GSUB/GPOS), which costs about a millisecond per line and changes nothing for the
 *   precomposed (NFC) Latin, Greek and Cyrillic text of business letters. Without kerning a line's
 *   width is the sum of its glyphs' advances, so words are measured once and remembered.
 * This reaches into pdf-lib 1.17's font embedder (`embedder.encodeText`, `widthOfTextAtSize`,
 * `subset`, `glyphs`, `glyphIdMap`, `glyphCache`); the PDF tests read the text back with pdftotext,
 * so a change there shows.
 */

interface Glyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints?: readonly number[];
}
interface FontkitFont {
  glyphForCodePoint(codePoint: number): Glyph;
  readonly unitsPerEm: number;
}
interface SubsetEmbedder {
  readonly font: FontkitFont;
  readonly subset: { includeGlyph(glyph: Glyph): number };
  readonly glyphs: Glyph[];
  readonly glyphIdMap: Map<number, number>;
  readonly glyphCache: { invalidate(): void };
  encodeText(text: string): unknown;
  widthOfTextAtSize(text: string, size: number): number;
}

const parsed = new Map<Uint8Array, FontkitFont>();
const cachingFontkit = {
  create(bytes: Uint8Array, postscriptName?: string) {
    let font = parsed.get(bytes);
    if (!font) parsed.set(bytes, (font = fontkit.create(bytes, postscriptName) as unknown as FontkitFont));
    return font;
  },
} as unknown as typeof fontkit;

/** Widths at size 1 of the words seen, per font file (the same two for every document). */
const widths = new Map<Uint8Array, Map<string, number>>();
const MAX_WORDS = 50_000;

/** A font embedded in one PDF, subset, with fast encoding and remembered word widths. */
export class MeasuredFont {
  private constructor(
    readonly font: PDFFont,
    private readonly cache: Map<string, number>,
  ) {}

  /** Embeds `bytes` (TrueType/OpenType) in `pdf` as a subset. */
  static async embed(pdf: PDFDocument, bytes: Uint8Array): Promise<MeasuredFont> {
    pdf.registerFontkit(cachingFontkit);
    const font = await pdf.embedFont(bytes, { subset: true });
    const embedder = (font as unknown as { embedder: SubsetEmbedder }).embedder;
    const scale = 1000 / embedder.font.unitsPerEm;
    embedder.encodeText = (text: string) => {
      const hex: string[] = [];
      for (const ch of text) {
        const codePoint = ch.codePointAt(0)!;
        const glyph = embedder.font.glyphForCodePoint(codePoint);
        const id = embedder.subset.includeGlyph(glyph);
        // The ToUnicode map is made from these: the code point is recorded here, since fontkit's
        // glyph objects are shared between documents and may have been made without theirs.
        if (!embedder.glyphs[id - 1]) embedder.glyphs[id - 1] = { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [codePoint] };
        embedder.glyphIdMap.set(glyph.id, id);
        hex.push(id.toString(16).padStart(4, "0"));
      }
      embedder.glyphCache.invalidate();
      return PDFHexString.of(hex.join(""));
    };
    embedder.widthOfTextAtSize = (text: string, size: number) => {
      let width = 0;
      for (const ch of text) width += embedder.font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth;
      return (width * scale * size) / 1000;
    };
    let cache = widths.get(bytes);
    if (!cache) widths.set(bytes, (cache = new Map()));
    return new MeasuredFont(font, cache);
  }

  /** Width of `text` at `size` points. */
  width(text: string, size: number): number {
    let w = this.cache.get(text);
    if (w === undefined) {
      if (this.cache.size >= MAX_WORDS) this.cache.clear();
      w = this.font.widthOfTextAtSize(text, 1);
      this.cache.set(text, w);
    }
    return w * size;
  }
}
