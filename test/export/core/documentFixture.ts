import { BusinessDocument, DocumentBlock, PaymentRequest } from "../../../src/export/core/document";

/** A typical dunning letter: a customer whose name needs more than Latin-1, `rows` overdue invoices, a EUR payment request. */
export function sampleDocument(options: { rows?: number; customer?: string; logo?: Uint8Array; currency?: string } = {}): BusinessDocument {
  const rows = options.rows ?? 10;
  const customer = options.customer ?? "Škoda Dvořák Ősz Sp. z o.o.";
  const items = Array.from({ length: rows }, (_, i) => [`INV-2026-${String(1001 + i)}`, `${String((i % 28) + 1).padStart(2, "0")}/09/2026`, `${40 + i}`, `${(1234.5 + i * 100).toFixed(2)}`]);
  const payment: PaymentRequest = {
    beneficiary: "Acme S.p.A.",
    iban: "IT60 X054 2811 1010 0000 0123 456",
    bic: "BPMOIT22XXX",
    amount: 1_234_56,
    currency: options.currency ?? "EUR",
    reference: "RF18 5390 0754 7034",
    lines: ["Bank details", "Acme S.p.A. · IBAN IT60 X054 2811 1010 0000 0123 456 · BIC BPMOIT22XXX", "Amount: EUR 1,234.56 · Reference: RF18 5390 0754 7034"],
    qrCaption: "Scan to pay",
  };
  const blocks: DocumentBlock[] = [
    { kind: "paragraph", text: "Dear Sir or Madam," },
    {
      kind: "paragraph",
      text: "According to our records the invoices listed below are overdue. We kindly ask you to pay the total amount within 14 days of the date of this letter. If you have paid in the meantime, please disregard this reminder.",
      keepWithNext: true,
    },
    {
      kind: "table",
      columns: [
        { title: "Invoice", align: "left", width: 0.34 },
        { title: "Due date", align: "left", width: 0.22 },
        { title: "Days overdue", align: "right", width: 0.2 },
        { title: "Open amount", align: "right", width: 0.24 },
      ],
      rows: items,
      total: [["Total", "", "", "1,234.56"]],
    },
    { kind: "paragraph", text: "Deliveries to Łódź and Kraków continue as agreed." },
    { kind: "signature", lines: ["Kind regards,", "Maria Rossi", "Credit department"] },
  ];
  return {
    lang: "en",
    fileBase: `Reminder 1 ${customer}`,
    title: "Payment reminder",
    letterhead: ["Acme S.p.A.", "Via Roma 1, 20100 Milano", "VAT ID IT01234567890", "crediti@acme.example"],
    recipient: [customer, "ul. Piotrkowska 12", "90-001 Łódź", "Poland"],
    date: "01/12/2026",
    references: ["Our reference: DUN-2026-12-01-0042", "Customer: SKODA-01"],
    blocks,
    payment,
    pageTemplate: "Page {page} of {pages}",
    ...(options.logo ? { logo: options.logo } : {}),
  };
}
