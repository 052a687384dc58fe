import * as fs from "fs";
import * as path from "path";
import { catalogues, mergeCatalogues, MESSAGE_MODULES } from "../../src/i18n/catalogue";
import { hasMessage, Lang, LANGUAGES, resolveLanguage, t } from "../../src/i18n";
import { compileMessage, MessageElement, messageArguments, parseMessage } from "../../src/i18n/messageFormat";

/** Every message of every language, as [lang, key, text]. */
const everyMessage = (): [Lang, string, string][] => LANGUAGES.flatMap((lang) => Object.entries(catalogues[lang]).map(([key, text]): [Lang, string, string] => [lang, key, text]));

/** The ICU arguments of a message, "name:type", or the parse error. */
function argumentsOf(text: string, lang: Lang): string[] {
  try {
    return messageArguments(parseMessage(text, lang).getAst());
  } catch (e) {
    return [`does not parse: ${(e as Error).message}`];
  }
}

/** The option names (one, other, =0…) of the plural argument `name`, wherever it is in the message. */
function pluralOptions(elements: readonly MessageElement[], name: string): string[] {
  return elements.flatMap((el) => ("options" in el ? [...(el.type === 6 /* plural */ && el.value === name ? Object.keys(el.options) : []), ...Object.values(el.options).flatMap((o) => pluralOptions(o.value, name))] : []));
}

/** The text of every literal of a parsed message, in every branch of its plurals and selects. */
function literals(elements: readonly MessageElement[]): string[] {
  return elements.flatMap((el) => ("options" in el ? Object.values(el.options).flatMap((o) => literals(o.value)) : el.type === 0 /* literal */ ? [el.value] : []));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("message catalogue", () => {
  it("parses every message of every language as ICU MessageFormat", () => {
    const broken: string[] = [];
    for (const [lang, key, text] of everyMessage()) {
      try {
        parseMessage(text, lang);
      } catch (e) {
        broken.push(`${lang} ${key}: ${(e as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("has every English key in every language, with the same ICU arguments", () => {
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(catalogues.en)) {
        expect([lang, key, typeof catalogues[lang][key]]).toEqual([lang, key, "string"]);
        expect([lang, key, argumentsOf(catalogues[lang][key], lang)]).toEqual([lang, key, argumentsOf(text, "en")]);
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
    const jobs = ["aging", "ledger", "credit", "customers", "plans", "settings", "shell", "workbook", "workbench", "common", "interest", "writeoffs", "metrics", "dunning", "documents", "statements", "cash"];
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const job = jobs.find((j) => file.startsWith(j));
      expect([file, job !== undefined, new RegExp(`^\\s*\\* Job: ${job}\\.`, "m").test(text.slice(0, 400))]).toEqual([file, true, true]);
      expect([file, text.split("\n").length <= 420]).toEqual([file, true]);
    }
    expect(Object.keys(MESSAGE_MODULES).sort()).toEqual(fs.readdirSync(dir).map((f) => f.replace(/\.ts$/, "")).sort());
  });

  it("quotes nothing away: every brace is an argument and every apostrophe prints (ICU's apostrophe rule)", () => {
    // In ICU an apostrophe before { } < > ' (or # in a plural) starts quoted text: '{text}' would print
    // {text} without the apostrophes. Messages write ''{text}'' instead; '' always prints one apostrophe.
    const wrong: string[] = [];
    for (const [lang, key, text] of everyMessage()) {
      const shown = literals(parseMessage(text, lang).getAst()).join("");
      const apostrophes = (text.match(/'/g) ?? []).length - (text.match(/''/g) ?? []).length;
      if (/[{}]/.test(shown) || (shown.match(/'/g) ?? []).length !== apostrophes) wrong.push(`${lang} ${key}: ${text}`);
    }
    expect(wrong).toEqual([]);
  });

  it("writes every count as an ICU plural that changes its words for one, so no language says '1 plans'", () => {
    const plural = Object.entries(catalogues.en).filter(([, text]) => argumentsOf(text, "en").some((a) => a.endsWith(":plural")));
    expect(plural.length).toBeGreaterThanOrEqual(22);
    const same: string[] = [];
    for (const [key] of plural) {
      const singularSomewhere = new Set<string>();
      for (const lang of LANGUAGES) {
        const text = catalogues[lang][key];
        const args = argumentsOf(text, lang).map((a) => a.split(":"));
        const counts = args.filter(([, kind]) => kind === "plural").map(([name]) => name);
        for (const count of counts) {
          // A count whose word does not change (English "rejected") has no `one` branch in that language.
          if (!pluralOptions(parseMessage(text, lang).getAst(), count).some((o) => o === "one" || o === "=1")) continue;
          singularSomewhere.add(count);
          const format = (n: number) => compileMessage(text, lang)(Object.fromEntries(args.map(([name, kind]) => [name, name === count ? n : kind === "plural" ? 5 : `<${name}>`])));
          // With the count 1 written as 2 the message must read differently: "1 plan" is not "2 plan".
          if (format(1) === format(2).replace(/\b2\b/g, "1")) same.push(`${lang} ${key} (${count}): ${format(1)}`);
        }
      }
      for (const count of argumentsOf(catalogues.en[key], "en").filter((a) => a.endsWith(":plural")).map((a) => a.split(":")[0])) {
        if (!singularSomewhere.has(count)) same.push(`${key} (${count}): no language has a one branch`);
      }
    }
    expect(same).toEqual([]);
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
    expect(t("toString", undefined, "en")).toBe("toString");
    expect(hasMessage("toString")).toBe(false);
  });

  it("keeps apostrophes as written, also right before an argument", () => {
    expect(t("planPanel.badNumber", { text: "x1" }, "en")).toBe("'x1' is not a number");
    expect(t("amount.otherDecimalMark", { text: "1.234,5", mark: "." }, "it")).toBe("il testo '1.234,5' usa l'altro separatore decimale; gli importi di questa colonna usano '.' per i decimali");
    expect(t("pane.bench.f.badRef", { text: "Ledger" }, "fr")).toBe("'Ledger' n'est ni une cellule ni une plage");
  });

  it("shows a value as given, so a pre-formatted amount or a number passes through unchanged", () => {
    expect(t("planPanel.balance", { amount: "1.234,50" }, "de")).toContain("1.234,50");
    expect(t("aging.bucketNotPositive", { position: 1234, text: "{x}" }, "en")).toBe("bucket_days value 1234 ({x}) must be a positive whole number of days");
  });

  it("leaves an argument that is not given visible as {name}, and never throws", () => {
    expect(t("date.notADate", {}, "en")).toBe("text '{text}' is not a date");
    expect(t("date.notADate", undefined, "nl")).toBe("de tekst '{text}' is geen datum");
    const plural = compileMessage("Checked {count, plural, one {# plan} other {# plans}} on {date}", "en");
    expect(plural({ date: "1 May" })).toBe("Checked {count} plans on 1 May");
    expect(plural({ count: 1 })).toBe("Checked 1 plan on {date}");
    expect(plural(undefined)).toBe("Checked {count} plans on {date}");
    expect(compileMessage("broken {", "en")({})).toBe("broken {");
  });

  it("falls back to the English text when a language lacks a message, with English plural rules", () => {
    catalogues.en["test.onlyEnglish"] = "{n, plural, one {# day} other {# days}}";
    try {
      expect(t("test.onlyEnglish", { n: 1 }, "fr")).toBe("1 day");
      expect(t("test.onlyEnglish", { n: 0 }, "fr")).toBe("0 days");
    } finally {
      delete catalogues.en["test.onlyEnglish"];
    }
  });

  it("says one plan and two plans in every language", () => {
    const checked = (plans: number, lang: Lang) => t("planPanel.checked", { plans, promises: 2, date: "25/11/2026" }, lang);
    expect(checked(1, "en")).toBe("Checked 1 plan and 2 promises on 25/11/2026; AR Plans and AR Promises updated.");
    expect(checked(2, "en")).toBe("Checked 2 plans and 2 promises on 25/11/2026; AR Plans and AR Promises updated.");
    expect(checked(1, "it")).toMatch(/^Verificati 1 piano e 2 promesse/);
    expect(checked(1, "de")).toMatch(/^1 Plan und 2 Zusagen/);
    expect(checked(1, "nl")).toMatch(/^1 regeling en 2 toezeggingen/);
    expect(checked(0, "fr")).toMatch(/^0 plan et 2 promesses/);
    expect(t("pane.report.counts", { aged: 1234, rejected: 1, blank: 0 }, "de")).toBe("1.234 Zeilen ausgewertet, 1 abgewiesen, 0 leer");
    expect(t("pane.report.counts", { aged: 1, rejected: 1, blank: 2 }, "it")).toBe("1 riga analizzata, 1 scartata, 2 vuote");
  });

  it("formats plurals and numbers by each language's rules", () => {
    const days = "{n, plural, one {# giorno} other {# giorni}}";
    expect([0, 1, 2, 1000].map((n) => compileMessage(days, "it")({ n }))).toEqual(["0 giorni", "1 giorno", "2 giorni", "1000 giorni"]);
    expect([0, 1, 2].map((n) => compileMessage("{n, plural, one {# jour} other {# jours}}", "fr")({ n }))).toEqual(["0 jour", "1 jour", "2 jours"]);
    expect(compileMessage("{n, number} Zeilen", "de")({ n: 12345 })).toBe("12.345 Zeilen");
  });
});

describe("resolveLanguage", () => {
  it("maps Office display languages to the five supported ones, English otherwise", () => {
    expect(["it-IT", "de-CH", "nl-BE", "fr-CA", "en-GB", "es-ES", "", undefined].map((x) => resolveLanguage(x))).toEqual(["it", "de", "nl", "fr", "en", "en", "en", "en"]);
  });
});
