import { safeFileName } from "../../../src/export/core/files";

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
