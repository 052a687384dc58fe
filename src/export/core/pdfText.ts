import { MeasuredFont } from "./pdfFont";

/** Line breaking for the PDF writer: a line's width is the sum of its words' and spaces' widths. */

/** Controls and soft hyphens print as nothing or a space; every other character as written. */
export function printable(text: string): string {
  return text
    .normalize("NFC").replace(/\u00ad/g, "").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\t]/g, " ");
}

/** Splits a word wider than `width` into pieces that fit, character by character. */
function splitWord(word: string, font: MeasuredFont, size: number, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece !== "" && font.width(piece + ch, size) > width) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * The lines of `text` no wider than `width` at `size`: broken at spaces, a word too long for a line
 * broken where it must, and "\n" kept as a line break. An empty text has no lines.
 *
 * @example
 * wrapText("Dear Sir or Madam,", font, 10, 60) //=> ["Dear Sir or", "Madam,"]
 */
export function wrapText(text: string, font: MeasuredFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of printable(text).split(/\r\n|\r|\n/)) {
    const space = font.width(" ", size);
    let line: string[] = [];
    let lineWidth = 0;
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      for (const part of font.width(word, size) > width ? splitWord(word, font, size, width) : [word]) {
        const partWidth = font.width(part, size);
        if (line.length > 0 && lineWidth + space + partWidth > width) {
          lines.push(line.join(" "));
          line = [];
        }
        lineWidth = line.length === 0 ? partWidth : lineWidth + space + partWidth;
        line.push(part);
      }
    }
    lines.push(line.join(" "));
  }
  return text.trim() === "" ? [] : lines;
}
