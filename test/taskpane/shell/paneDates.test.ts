import fc from "fast-check";
import { serialToIso, ymdToSerial } from "../../../src/domain/core";
import { dateExample, formatDateInput, formatPaneDate, parsePaneDate } from "../../../src/taskpane/shell/paneDates";
import { PANE_LOCALES, PaneLocale, resolvePaneLocale } from "../../../src/taskpane/shell/paneLocale";

const ok = (iso: string) => expect.objectContaining({ ok: true, iso });
const DEC_31 = "2026-12-31";

describe("parsePaneDate", () => {
  it.each(PANE_LOCALES)("reads ISO in %s, with any separator and one-digit parts", (locale) => {
    for (const text of ["2026-12-31", " 2026-12-31 ", "2026/12/31", "2026.12.31", "2026 - 12 - 31"]) expect(parsePaneDate(text, locale)).toEqual(ok(DEC_31));
    expect(parsePaneDate("2026-1-5", locale)).toEqual(ok("2026-01-05"));
  });

  it.each<[PaneLocale, string[]]>([
    ["en-GB", ["31/12/2026", "31.12.2026", "31-12-2026"]],
    ["it", ["31/12/2026", "31.12.2026"]],
    ["fr", ["31/12/2026", "31-12-2026"]],
    ["de", ["31.12.2026", "31. 12. 2026", "31/12/2026"]],
    ["nl", ["31-12-2026", "31.12.2026", "31/12/2026"]],
  ])("reads the day first in %s", (locale, texts) => {
    for (const text of texts) expect([text, parsePaneDate(text, locale)]).toEqual([text, ok(DEC_31)]);
    expect(parsePaneDate("3/4/2026", locale)).toEqual(ok("2026-04-03"));
  });

  it("reads the month first in US English only", () => {
    expect(parsePaneDate("12/31/2026", "en-US")).toEqual(ok(DEC_31));
    expect(parsePaneDate("3/4/2026", "en-US")).toEqual(ok("2026-03-04"));
    expect(parsePaneDate("12/31/2026", "en-GB")).toEqual({ ok: false, reason: "noSuchMonth", month: 31 });
    expect(parsePaneDate("31/12/2026", "en-US")).toEqual({ ok: false, reason: "noSuchMonth", month: 31 });
  });

  it("refuses days the month does not have, naming the month's length", () => {
    expect(parsePaneDate("31.02.2026", "de")).toEqual({ ok: false, reason: "noSuchDay", year: 2026, month: 2, days: 28 });
    expect(parsePaneDate("29/02/2026", "it")).toEqual({ ok: false, reason: "noSuchDay", year: 2026, month: 2, days: 28 });
    expect(parsePaneDate("29/02/2028", "it")).toEqual(ok("2028-02-29"));
    expect(parsePaneDate("02/30/2026", "en-US")).toEqual({ ok: false, reason: "noSuchDay", year: 2026, month: 2, days: 28 });
    expect(parsePaneDate("31-04-2026", "nl")).toEqual({ ok: false, reason: "noSuchDay", year: 2026, month: 4, days: 30 });
    expect(parsePaneDate("0/1/2026", "fr")).toEqual({ ok: false, reason: "noSuchDay", year: 2026, month: 1, days: 31 });
    expect(parsePaneDate("2026-02-31", "en-US")).toEqual({ ok: false, reason: "noSuchDay", year: 2026, month: 2, days: 28 });
    expect(parsePaneDate("2026-13-01", "de")).toEqual({ ok: false, reason: "noSuchMonth", month: 13 });
  });

  it("takes two-digit years as 2000–2099", () => {
    expect(parsePaneDate("31/12/26", "en-GB")).toEqual(ok(DEC_31));
    expect(parsePaneDate("31.12.30", "de")).toEqual(ok("2030-12-31"));
    expect(parsePaneDate("1/1/99", "fr")).toEqual(ok("2099-01-01"));
    expect(parsePaneDate("12/31/00", "en-US")).toEqual(ok("2000-12-31"));
  });

  it("refuses what is not a date, and dates Excel cannot hold", () => {
    for (const text of ["next week", "31.12", "31.12.202", "31/12.2026", "20261231", "31 Dec 2026", "12/31/2026 14:00", "1.1.12026", "2026-12"]) {
      expect([text, parsePaneDate(text, "en-GB")]).toEqual([text, { ok: false, reason: "notADate" }]);
    }
    expect(parsePaneDate("   ", "de")).toEqual({ ok: false, reason: "empty" });
    expect(parsePaneDate("31/12/1899", "it")).toEqual({ ok: false, reason: "outOfRange" });
    expect(parsePaneDate("1899-12-31", "it")).toEqual({ ok: false, reason: "outOfRange" });
    expect(parsePaneDate("9999-12-31", "it")).toEqual(ok("9999-12-31"));
  });

  it("reads back every date it writes, in every locale", () => {
    fc.assert(
      fc.property(fc.integer({ min: ymdToSerial(1900, 3, 1), max: ymdToSerial(9999, 12, 31) }), fc.constantFrom(...PANE_LOCALES), (serial, locale) => {
        expect(parsePaneDate(formatDateInput(serial, locale), locale)).toEqual({ ok: true, serial, iso: serialToIso(serial) });
      }),
    );
  });
});

describe("formatting", () => {
  it("types dates as each locale writes them", () => {
    expect(PANE_LOCALES.map((l) => dateExample(l))).toEqual(["12/31/2026", "31/12/2026", "31/12/2026", "31.12.2026", "31-12-2026", "31/12/2026"]);
    expect(formatDateInput("2026-01-05", "de")).toBe("05.01.2026");
    expect(formatDateInput("not a date", "de")).toBe("not a date");
  });

  it("shows dates with the month in words, in the locale's order", () => {
    const serial = ymdToSerial(2026, 12, 31);
    expect(formatPaneDate(serial, "en-GB")).toBe("31 Dec 2026");
    expect(formatPaneDate(serial, "en-US")).toBe("Dec 31, 2026");
    expect(formatPaneDate(serial, "de")).toMatch(/^31\. Dez\.? 2026$/);
    expect(formatPaneDate(serial, "it")).toMatch(/^31 dic\.? 2026$/);
    expect(formatPaneDate(serial, "nl")).toMatch(/^31 dec\.? 2026$/);
    expect(formatPaneDate(serial, "fr")).toMatch(/^31 déc\.? 2026$/);
  });
});

describe("resolvePaneLocale", () => {
  it("is US English only where the tag says US (or says nothing), day-first English for every other English and unsupported language", () => {
    const tags = ["en-US", "en", "", undefined, "en-GB", "en-IE", "en_AU", "es-ES", "it-IT", "de-CH", "nl-BE", "fr-CA"];
    expect(tags.map((tag) => resolvePaneLocale(tag))).toEqual(["en-US", "en-US", "en-US", "en-US", "en-GB", "en-GB", "en-GB", "en-GB", "it", "de", "nl", "fr"]);
  });
});
