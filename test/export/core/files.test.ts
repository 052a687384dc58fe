import { qrPng } from "../../../src/export/core/epcQr";
import { dataUrlBytes, imageKind, imageSize, safeFileName } from "../../../src/export/core/files";

describe("safeFileName", () => {
  it("replaces path separators and reserved characters", () => {
    expect(safeFileName('a/b:c*"d', "pdf")).toBe("a_b_c__d.pdf");
    expect(safeFileName("..\\..\\etc\\passwd", "txt")).toBe(".._.._etc_passwd.txt");
  });
  it("keeps accented names as written", () => {
    expect(safeFileName("Mahnung Łódź Škoda Dvořák Ősz", "pdf")).toBe("Mahnung Łódź Škoda Dvořák Ősz.pdf");
  });
  it("has edge cases: empty, trailing dots, device names, very long names", () => {
    expect(safeFileName("  ", "pdf")).toBe("document.pdf");
    expect(safeFileName("Letter...", "pdf")).toBe("Letter.pdf");
    expect(safeFileName("CON", "docx")).toBe("CON_.docx");
    expect(safeFileName("x".repeat(300), "pdf")).toHaveLength(124);
  });
});

describe("imageKind and imageSize", () => {
  it("reads a PNG's and a JPEG's size from their headers", () => {
    const png = qrPng({ size: 1, modules: Uint8Array.of(1) }, 3); // (1 + 8) * 3 = 27 px square
    expect([imageKind(png), imageSize(png)]).toEqual(["png", { width: 27, height: 27 }]);
    // SOI, an APP0 segment of 16 bytes, then SOF0: precision 8, height 120, width 300.
    const jpeg = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x78, 0x01, 0x2c, 0x03, ...new Array(9).fill(0));
    expect([imageKind(jpeg), imageSize(jpeg)]).toEqual(["jpeg", { width: 300, height: 120 }]);
  });
  it("knows nothing else: SVG, GIF, empty or cut-short bytes", () => {
    for (const text of ["<svg/>", "GIF89a", ""]) expect(imageKind(new TextEncoder().encode(text))).toBeUndefined();
    expect(imageSize(Uint8Array.of(0xff, 0xd8, 0xff))).toBeUndefined();
  });
});

describe("dataUrlBytes", () => {
  it("decodes a base64 data: URL and refuses anything else", () => {
    expect(dataUrlBytes("data:image/PNG;base64,AAEC")).toEqual({ mime: "image/png", bytes: Uint8Array.of(0, 1, 2) });
    expect(dataUrlBytes("https://example.com/logo.png")).toBeUndefined();
    expect(dataUrlBytes("data:image/svg+xml,<svg/>")).toBeUndefined();
  });
});
