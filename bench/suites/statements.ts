import "../lib/assets";
import { functions } from "../../src/functions";
import { toMinor } from "../../src/domain/core";
import { buildStatements, StatementLedger } from "../../src/domain/statements";
import { renderPdf } from "../../src/export/core/pdf";
import { statementDocument } from "../../src/export/statements/statementDocument";
import { DEFAULT_SEED, generateLedger, Ledger } from "../lib/generate";
import { now, timeAlternating } from "../lib/measure";
import { count, ms, ratio, Section, Suite, verdict } from "../lib/table";

/**
 * Statements for 10,000 customers from the largest ledger of the run (1,048,576 rows at full size):
 * (1) the data pass (ledger columns → every customer's opening balance, lines with running balance,
 * closing balance and aging) against AR.AGING grouped by customer on the same ledger, both from the
 * 2D arrays Excel hands over, measured alternately in the same run; (2) statements rendered to PDF per
 * second (DejaVu Sans embedded, the EPC QR code drawn), over a time budget.
 */
export const TARGETS = { dataPassVsAging: 2 } as const;
const CUSTOMERS = 10_000;
const PDF_BUDGET_MS = 20_000;

let sink = 0;
const keep = (x: unknown) => {
  sink += Array.isArray(x) ? x.length : 1;
};

/** The ledger's 2D arrays as the statements read them: minor units, serials, one key per row; invoices dated 30 days before due. */
function statementLedger(l: Ledger): StatementLedger {
  const n = l.amounts.length;
  const open = new Float64Array(n);
  const dueDate = new Float64Array(n);
  const invoiceDate = new Float64Array(n);
  const keys = new Array<string>(n);
  const invoices = new Array<string>(n);
  const currencies = new Array<string>(n).fill("EUR");
  for (let i = 0; i < n; i++) {
    open[i] = toMinor(l.amounts[i][0]);
    dueDate[i] = l.dueDates[i][0];
    invoiceDate[i] = dueDate[i] - 30;
    keys[i] = l.customers[i][0];
    invoices[i] = "";
  }
  return { length: n, keys, customers: keys, customerIds: keys, invoices, currencies, invoiceDate, dueDate, open };
}

export const statementsSuite: Suite = {
  name: "Statements",
  async run({ sizes, log, env }) {
    const rows = sizes[sizes.length - 1];
    const ledger = generateLedger({ rows, customers: CUSTOMERS, seed: Number(env.BENCH_SEED ?? DEFAULT_SEED) });
    const from = ledger.asOf - 30;
    const to = ledger.asOf;
    log(`  data pass vs AR.AGING grouped, ${count(rows)} rows, ${count(ledger.distinctCustomers)} customers…`);
    const dataPass = () => buildStatements(statementLedger(ledger), { from, to });
    const aging = () => functions.AGING(ledger.amounts, ledger.dueDates, ledger.asOf, null as never, ledger.customers, null);
    const reps = rows > 300_000 ? 5 : 11;
    const [tData, tAging] = timeAlternating([dataPass, aging], 1, reps, keep);
    const r = tData.ms / tAging.ms;
    const statements = dataPass();

    log("  PDF statements…");
    const letterhead = { name: "Credit Desk Demo S.p.A.", address: "Via Esempio 1\n20100 Milano\nItalia", vatId: "IT12345678903", iban: "IT60X0542811101000000123456", bic: "BPMOIT22XXX" };
    const recipient = { address: ["Via Garibaldi 8", "20121 Milano MI", "Italia"], language: "it" };
    await renderPdf(statementDocument(statements[0], recipient, letterhead, "it")); // warm-up: fonts parsed once
    const started = now();
    let made = 0;
    let pdfBytes = 0;
    let lines = 0;
    while (made < statements.length && now() - started < PDF_BUDGET_MS) {
      const s = statements[made];
      const bytes = await renderPdf(statementDocument(s, recipient, letterhead, ["en", "it", "de", "nl", "fr"][made % 5]));
      pdfBytes += bytes.length;
      lines += s.lines.length;
      made++;
    }
    const elapsed = now() - started;
    const perSecond = (made / elapsed) * 1000;
    if (sink < 0) log(String(sink));
    return [
      {
        title: "Statements: data pass and PDF",
        intro: [
          `${count(rows)} ledger rows, ${count(statements.length)} statements (${count(ledger.distinctCustomers)} customers), a 30-day period; median of ${reps} alternating runs (1 warm-up).`,
          "Data pass: the 2D arrays → minor units and serials → per customer the opening balance, every line of the period with its running balance, the closing balance and the aging buckets.",
          `Target: data pass ≤ ${TARGETS.dataPassVsAging}× AR.AGING grouped by customer on the same ledger (the baseline, from the same 2D arrays).`,
          `PDF: statements rendered one after the other for ${PDF_BUDGET_MS / 1000} s at most (or all of them), five languages in turn, with the EPC QR code.`,
        ],
        table: {
          columns: [{ title: "Case" }, { title: "Count", align: "right" }, { title: "ms", align: "right" }, { title: "vs AR.AGING", align: "right" }, { title: "Target", align: "right" }],
          rows: [
            ["AR.AGING grouped by customer (baseline)", count(rows), ms(tAging.ms), ratio(1), ""],
            ["Statements data pass", count(statements.length), ms(tData.ms), ratio(r), verdict(r <= TARGETS.dataPassVsAging)],
            ["PDF statements rendered", count(made), ms(elapsed), "", ""],
            ["PDF statements per second", `${perSecond.toFixed(1)}`, "", "", ""],
            [`Time for all ${count(statements.length)} PDFs (extrapolated)`, count(statements.length), ms((statements.length / perSecond) * 1000), "", ""],
          ],
        },
        notes: [`Average PDF ${Math.round(pdfBytes / Math.max(1, made) / 1024)} KB, ${(lines / Math.max(1, made)).toFixed(1)} lines per statement.`],
      } satisfies Section,
    ];
  },
};
