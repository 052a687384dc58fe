import * as fs from "fs";
import * as path from "path";
import { catalogues, mergeCatalogues, MESSAGE_MODULES } from "../../src/i18n/catalogue";
import { hasMessage, LANGUAGES, resolveLanguage, t } from "../../src/i18n";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("message catalogue", () => {
  it("has every English key in every language, with the same placeholders", () => {
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(catalogues.en)) {
        expect([lang, key, typeof catalogues[lang][key]]).toEqual([lang, key, "string"]);
        expect([lang, key, placeholders(catalogues[lang][key])]).toEqual([lang, key, placeholders(text)]);
      }
      expect(Object.keys(catalogues[lang]).sort()).toEqual(Object.keys(catalogues.en).sort());
    }
  });

  it("refuses two modules that define the same key", () => {
    const one = (text: string) => ({ en: { "x.same": text }, it: { "x.same": text }, de: { "x.same": text }, nl: { "x.same": text }, fr: { "x.same": text } });
    expect(() => mergeCatalogues({ first: one("a"), second: one("b") })).toThrow(/x\.same.*first\.ts.*second\.ts/);
    expect(() => mergeCatalogues({ ...MESSAGE_MODULES, again: { en: { "aging.total": "T" }, it: {}, de: {}, nl: {}, fr: {} } })).toThrow(/aging\.total/);
    expect(Object.keys(mergeCatalogues({ first: one("a") }).en)).toEqual(["x.same"]);
  });

  it("has one module per job under src/i18n/messages, each naming its job at the top and under ~400 lines", () => {
    const dir = path.resolve(__dirname, "../../src/i18n/messages");
    const jobs = ["aging", "ledger", "credit", "customers", "plans", "settings", "shell", "workbook", "common"];
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const job = jobs.find((j) => file.startsWith(j));
      expect([file, job !== undefined, new RegExp(`^\\s*\\* Job: ${job}\\.`, "m").test(text.slice(0, 400))]).toEqual([file, true, true]);
      expect([file, text.split("\n").length <= 420]).toEqual([file, true]);
    }
    expect(Object.keys(MESSAGE_MODULES).sort()).toEqual(fs.readdirSync(dir).map((f) => f.replace(/\.ts$/, "")).sort());
  });

  it("has no empty text in any language", () => {
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(catalogues[lang])) {
        expect([lang, key, text.trim().length > 0]).toEqual([lang, key, true]);
      }
    }
  });

  it("has a message for every problem code the source raises", () => {
    const root = path.resolve(__dirname, "../../src");
    const codes = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:DomainError|fail)\(\s*"([\w.]+)"/g)) codes.add(m[1]);
      for (const m of text.matchAll(/\bcode:\s*"([\w.]+)"/g)) codes.add(m[1]);
    }
    expect(codes.size).toBeGreaterThan(5);
    const missing = [...codes].filter((c) => !hasMessage(c));
    expect(missing).toEqual([]);
  });
});

describe("t", () => {
  it("fills placeholders and falls back to the key for an unknown message", () => {
    expect(t("date.notADate", { text: "next week" }, "en")).toBe("text 'next week' is not a date");
    expect(t("date.notADate", { text: "x" }, "de")).toBe("der Text 'x' ist kein Datum");
    expect(t("no.such.key", undefined, "it")).toBe("no.such.key");
  });
});

describe("resolveLanguage", () => {
  it("maps Office display languages to the five supported ones, English otherwise", () => {
    expect(["it-IT", "de-CH", "nl-BE", "fr-CA", "en-GB", "es-ES", "", undefined].map((x) => resolveLanguage(x))).toEqual(["it", "de", "nl", "fr", "en", "en", "en", "en"]);
  });
});
