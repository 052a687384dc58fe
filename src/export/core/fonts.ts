/**
 * The fonts of every PDF: DejaVu Sans regular and bold (npm dejavu-fonts-ttf, free licence), which
 * cover Latin with all its accents (Łódź, Škoda, Dvořák, Ősz), Greek and Cyrillic. The PDF writer
 * embeds only the glyphs a document uses. Webpack emits the two files next to the lazy export chunk
 * (asset/resource) and the pane fetches them from the add-in's own host on the first PDF; tests and
 * the bench get them inline as data: URLs (test/support/binaryAsset.js, bench/lib/assets.ts).
 */
import boldUrl from "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf";
import regularUrl from "dejavu-fonts-ttf/ttf/DejaVuSans.ttf";

export interface FontBytes {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/** A data: URL's bytes (base64 or percent-encoded), or the bytes fetched from a URL of the add-in's host. */
async function urlBytes(url: string): Promise<Uint8Array> {
  const data = /^data:[^,]*?(;base64)?,(.*)$/s.exec(url);
  if (data) {
    if (!data[1]) return new TextEncoder().encode(decodeURIComponent(data[2]));
    const binary = atob(data[2]);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let loading: Promise<FontBytes> | undefined;

/** The two fonts, loaded once per page life (a failed load is tried again next time). */
export function documentFonts(): Promise<FontBytes> {
  loading ??= Promise.all([urlBytes(regularUrl), urlBytes(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
