import fc from "fast-check";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { UniqueNames, zipFiles, ZipWriter } from "../../../src/export/core/zip";

const file = (name: string, text = name) => ({ name, bytes: strToU8(text) });

describe("zipFiles", () => {
  it("holds every file under its name, the same bytes in the same order", () => {
    const zip = zipFiles([file("Łódź 2026-12-01.pdf", "%PDF-1.7 one"), file("list.csv", "a,b\r\n")]);
    expect(strFromU8(zip.subarray(0, 2))).toBe("PK");
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(["Łódź 2026-12-01.pdf", "list.csv"]);
    expect(strFromU8(back["Łódź 2026-12-01.pdf"])).toBe("%PDF-1.7 one");
    expect(strFromU8(back["list.csv"])).toBe("a,b\r\n");
  });

  it("numbers a repeated name instead of overwriting the first file", () => {
    const back = unzipSync(zipFiles([file("x.pdf", "1"), file("x.pdf", "2"), file("X.PDF", "3"), file("x (2).pdf", "4"), file("noext", "5"), file("noext", "6")]));
    expect(Object.fromEntries(Object.entries(back).map(([k, v]) => [k, strFromU8(v)]))).toEqual({
      "x.pdf": "1",
      "x (2).pdf": "2",
      "X (3).PDF": "3",
      "x (2) (2).pdf": "4",
      noext: "5",
      "noext (2)": "6",
    });
  });

  it("keeps every file, whatever the names (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("a.pdf", "A.pdf", "b.docx", "a (2).pdf", "c"), fc.string()), { maxLength: 12 }), (entries) => {
        const files = entries.map(([name, text]) => file(name, text));
        const back = unzipSync(zipFiles(files));
        expect(Object.keys(back)).toHaveLength(files.length);
        expect(Object.values(back).map((b) => strFromU8(b))).toEqual(files.map((f) => strFromU8(f.bytes)));
        expect(new Set(Object.keys(back).map((k) => k.toLowerCase())).size).toBe(files.length);
      }),
    );
  });
});

describe("ZipWriter", () => {
  it("writes the same entries as zipFiles, one file at a time, and returns the names it used", () => {
    const writer = new ZipWriter();
    const big = new Uint8Array(200_000).map((_, i) => (i * 7) % 251);
    expect([writer.add("a.pdf", big), writer.add("a.pdf", strToU8("second")), writer.add("notes.txt", strToU8("x".repeat(10_000)))]).toEqual(["a.pdf", "a (2).pdf", "notes.txt"]);
    expect(writer.byteLength).toBeGreaterThan(200_000);
    const back = unzipSync(writer.finish());
    expect(Object.keys(back)).toEqual(["a.pdf", "a (2).pdf", "notes.txt"]);
    expect(back["a.pdf"]).toEqual(big);
    expect(strFromU8(back["a (2).pdf"])).toBe("second");
    expect(back["notes.txt"]).toHaveLength(10_000);
  });

  it("hands back the archive in Blobs taken as it is written, which joined are the bytes finish() writes", async () => {
    jest.useFakeTimers({ now: new Date(2026, 11, 1, 9, 30) });
    try {
      const pdf = new Uint8Array(50_000).map((_, i) => (i * 13) % 251);
      const whole = new ZipWriter();
      whole.add("a.pdf", pdf);
      whole.add("b.txt", strToU8("y".repeat(5_000)));
      const taken = new ZipWriter();
      taken.add("a.pdf", pdf);
      const first = taken.takeBlob();
      taken.add("b.txt", strToU8("y".repeat(5_000)));
      const last = taken.finishBlob();
      // The first Blob holds the stored PDF; once taken, the writer no longer holds those bytes.
      expect(first.size).toBeGreaterThan(pdf.byteLength);
      expect(taken.takeBlob().size).toBe(0);
      const joined = new Uint8Array(await new Blob([first, last]).arrayBuffer());
      expect(Buffer.from(joined).equals(Buffer.from(whole.finish()))).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it("refuses a file after the archive is closed", () => {
    const writer = new ZipWriter();
    writer.add("a.txt", strToU8("a"));
    expect(writer.finishBlob().size).toBeGreaterThan(0);
    expect(() => writer.add("b.txt", strToU8("b"))).toThrow(/after finish/);
  });
});

describe("ZipWriter.addStream", () => {
  it("writes a file pushed in chunks, deflated as one entry, between files added whole", () => {
    const writer = new ZipWriter();
    writer.add("first.txt", strToU8("one"));
    const stream = writer.addStream("first.txt");
    expect(stream.name).toBe("first (2).txt");
    const parts = Array.from({ length: 50 }, (_, i) => `<row r="${i}">${"Łódź ".repeat(i * 100)}</row>`);
    for (const p of parts) stream.push(strToU8(p));
    stream.push(new Uint8Array(0), true);
    writer.add("last.txt", strToU8("three"));
    const bytes = writer.finish();
    // Deflated: far smaller than the text, which repeats.
    expect(bytes.byteLength).toBeLessThan(parts.join("").length / 20);
    const back = unzipSync(bytes);
    expect(Object.keys(back)).toEqual(["first.txt", "first (2).txt", "last.txt"]);
    expect(strFromU8(back["first (2).txt"])).toBe(parts.join(""));
    expect(strFromU8(back["last.txt"])).toBe("three");
  });

  it("refuses to finish while a streamed file is open, and a push after its final chunk", () => {
    const writer = new ZipWriter();
    const stream = writer.addStream("a.xml");
    stream.push(strToU8("<a/>"));
    expect(() => writer.finish()).toThrow(/still open/);
    stream.push(strToU8(""), true);
    expect(() => stream.push(strToU8("x"))).toThrow(/after the file's final chunk/);
    expect(strFromU8(unzipSync(writer.finish())["a.xml"])).toBe("<a/>");
  });
});

describe("UniqueNames", () => {
  it("counts up from 2 and treats case as the same name", () => {
    const names = new UniqueNames();
    expect(["r.pdf", "R.pdf", "r.pdf", "r (2).pdf"].map((n) => names.take(n))).toEqual(["r.pdf", "R (2).pdf", "r (3).pdf", "r (2) (2).pdf"]);
  });
});
