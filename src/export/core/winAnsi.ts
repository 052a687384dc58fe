/**
 * Text a PDF standard font (WinAnsi encoding) can show: Latin-1 plus the 27 characters of 0x80–0x9F.
 * Anything else is folded to its base letter where it has one ("ő" → "o"), else replaced by "?", so
 * a customer's name never stops a letter from being drawn.
 */
const EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const SPACES = /[\u2000-\u200b\u202f\u205f\u3000]/g;

function encodable(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRA.has(ch);
}

/**
 * @example
 * winAnsiSafe("Łódź – 5\u202f%") //=> "Lódz – 5 %"
 */
export function winAnsiSafe(text: string): string {
  let out = "";
  for (const ch of text.replace(SPACES, " ").replace(/[\t\r\n]/g, " ")) {
    if (encodable(ch)) out += ch;
    else {
      const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += base !== ch && [...base].every(encodable) ? base : ch === "Ł" ? "L" : ch === "ł" ? "l" : "?";
    }
  }
  return out;
}
