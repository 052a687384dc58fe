import { tableCsv } from "../../../src/export/core/table";
import { mailMergeCsv, MAIL_MERGE_HEADERS } from "../../../src/export/dunning/runExport";

describe("mailMergeCsv", () => {
  it("writes the same text as tableCsv of every row at once, pausing between slices of rows", async () => {
    // Cells that need quoting and guarding, a line break inside a body, so a slice boundary inside a record would show.
    const rows = Array.from({ length: 1234 }, (_, k) => MAIL_MERGE_HEADERS.map((h, c) => (c === 8 ? `Gentile cliente ${k},\nriga "due"; fine` : c === 1 ? `=Rossi ${k}, S.r.l.` : `${h}-${k}`)));
    let pauses = 0;
    const text = await mailMergeCsv(rows, async () => {
      pauses++;
    });
    expect(text).toBe(tableCsv([...MAIL_MERGE_HEADERS], rows));
    expect(pauses).toBe(2);
  });

  it("writes the header line alone for no rows, and needs no pause", async () => {
    expect(await mailMergeCsv([])).toBe(tableCsv([...MAIL_MERGE_HEADERS], []));
  });
});
