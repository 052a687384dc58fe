import { ymdToSerial } from "../../../src/domain/core/dates";
import { AgreementLetter } from "../../../src/domain/plans/letterModel";
import { proposePlan } from "../../../src/domain/plans/proposal";

/** A letter for tests: `installments` monthly instalments of a 10,000.00 balance at 5 %. */
export function sampleLetter(language: string, installments = 12, customer = "Müller Maschinenbau GmbH"): AgreementLetter {
  const firstDue = ymdToSerial(2027, 1, 31);
  const p = proposePlan({ balance: 1_000_000, annualRate: 0.05, frequency: 12, firstDue, by: { kind: "installments", count: installments } });
  return {
    language,
    planId: "MULLERMASC-261125",
    date: ymdToSerial(2026, 11, 25),
    company: { name: "Acme S.p.A.", addressLines: ["Via Roma 1", "20100 Milano"], vatId: "IT01234567890", iban: "IT60 X054 2811 1010 0000 0123 456", contact: "crediti@acme.example" },
    customer,
    items: [{ invoice: "INV-DE-10001", dueDate: ymdToSerial(2026, 9, 30), open: 800_000, currency: "EUR" }],
    charges: [{ label: "Verzugszinsen", amount: 200_000 }],
    balance: 1_000_000,
    annualRate: 0.05,
    frequency: 12,
    schedule: p.schedule,
    totalPayable: p.totalPayable,
    totalInterest: p.totalInterest,
    graceDays: 7,
    replaces: "",
  };
}
