import { ymdToSerial } from "../../../src/domain/core";
import { DunningLetter, LetterTextId, TEMPLATE_RULES, letterTotals, LetterItem } from "../../../src/domain/dunning";
import { Jurisdiction } from "../../../src/domain/interest";
import { LetterSender } from "../../../src/export/dunning/letter";

export const AS_OF = ymdToSerial(2026, 12, 1);

export const SENDER: LetterSender = {
  name: "Sample Trading S.p.A.",
  addressLines: ["Via Esempio 1", "20100 Milano"],
  vatId: "IT00743110157",
  iban: "IT60 X054 2811 1010 0000 0123 456",
  contact: "credit@sample-trading.example",
};

const LAW: Record<string, Jurisdiction> = { en: "UK", it: "IT", de: "DE", nl: "NL", fr: "FR" };
const LEVEL: Record<LetterTextId, number> = { reminder: 1, second: 2, final: 3, prelegal: 4 };

/** A letter of a given text in a language, to a business or an individual, with two EUR items (GBP for the UK). */
export function sampleLetter(textId: LetterTextId, lang: string, individual = false, over: Partial<DunningLetter> = {}): DunningLetter {
  const level = LEVEL[textId];
  const rule = { ...TEMPLATE_RULES[level - 1] };
  const currency = lang === "en" ? "GBP" : "EUR";
  const claims = level > 1;
  const items: LetterItem[] = [
    { entry: 0, sourceIndex: 1, invoice: "INV-1001", dueDate: AS_OF - 70, daysOverdue: 70, open: 123456, currency, level, lastLevel: level - 1, interest: claims ? 2345 : 0, statutoryFee: claims && !individual ? 4000 : 0 },
    { entry: 1, sourceIndex: 2, invoice: "INV-1002", dueDate: AS_OF - 40, daysOverdue: 40, open: 50000, currency, level, lastLevel: level - 1, interest: claims ? 611 : 0, statutoryFee: claims && !individual ? 4000 : 0 },
  ];
  return {
    key: "name:lodzskoda", customer: "Łódź Škoda Dvořák Ősz", customerId: "C-000042",
    profile: { id: "C-000042", name: "Łódź Škoda Dvořák Ősz", kind: individual ? "individual" : "business", address: ["ul. Piotrkowska 1", "90-001 Łódź"], country: "", language: lang, email: "ar@example.com", contact: "" },
    language: lang, jurisdiction: LAW[lang], individual, level, rule, items, totals: letterTotals(items, 0), channel: rule.channel,
    deadlineDays: rule.deadlineDays, deadline: AS_OF + rule.deadlineDays, previousLetter: level > 1 ? AS_OF - 14 : null, ...over,
  };
}
