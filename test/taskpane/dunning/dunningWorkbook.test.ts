import { unzipSync, strFromU8 } from "fflate";
import { LOG_SHEET, POLICY_SHEET } from "../../../src/domain/dunning";
import { WRITEOFF_COLUMNS, WRITEOFFS_SHEET } from "../../../src/domain/writeoffs";
import { CASH_COLUMNS, cashSheetName } from "../../../src/taskpane/cash/cashSheets";
import { exportRun, logEntries, Renderers } from "../../../src/export/dunning/runExport";
import { commitRun, createPolicyFromTemplate, imageBytes, loadRunInputs, parseMinimum, runPaced, runSheetName } from "../../../src/taskpane/dunning/dunningWorkbook";
import { isoToSerial } from "../../../src/taskpane/shell/asOf";
import { createWorkbench } from "../../../src/workbench/sampleWorkbook";

const TODAY = "2026-12-01";
const AS_OF = isoToSerial(TODAY)!;
/** Stand-ins for the PDF and Word writers (tested on their own; rendering every sample letter would be slow): the document's title and recipient. */
const FAKE: Renderers = {
  pdf: async (doc) => new TextEncoder().encode(`%PDF ${doc.title}\n${doc.recipient.join("\n")}`),
  docx: async (doc) => new TextEncoder().encode(`DOCX ${doc.title}`),
};


async function runOnce(workbook: ReturnType<typeof createWorkbench>["workbook"], asOf: number) {
  const inputs = await loadRunInputs(workbook, { kind: "table", name: "Ledger", sheet: "Ledger" }, asOf);
  expect(inputs.blocking).toEqual([]);
  const result = await runPaced(inputs.input!);
  const files = await exportRun({ result, sender: inputs.sender, renderers: FAKE });
  await commitRun(workbook, result, files.letters, logEntries(result.asOf, files.letters));
  return { result, files };
}

describe("the dunning run on the workbench's sample workbook", () => {
  it("writes letters in all five languages, names the customer without an address, and the log drives the next run", async () => {
    const { workbook } = createWorkbench(TODAY);
    const logBefore = (await workbook.readUsedRange(LOG_SHEET)).values.length - 1;
    const { result, files } = await runOnce(workbook, AS_OF);
    expect(new Set(result.letters.map((l) => l.language))).toEqual(new Set(["en", "it", "de", "nl", "fr"]));
    expect(result.problems.find((p) => p.customer === "Becker Elektro KG")?.problem.code).toMatch(/^dunning\.run\.no(Address|Email)$/);
    expect(new Set(result.letters.map((l) => l.level))).toEqual(new Set([1, 2, 3, 4]));
    // Every overdue item once.
    const seen = [...result.letters.flatMap((l) => l.items.map((i) => i.entry)), ...result.exclusions.map((e) => e.item.entry)];
    expect(new Set(seen).size).toBe(result.overdueItems);
    expect(result.exclusions.some((e) => e.reason === "disputed")).toBe(true);

    // The ZIP comes back as one Blob of the archive's bytes.
    expect(files.zip.blob.type).toBe("application/zip");
    const zip = unzipSync(new Uint8Array(await files.zip.blob.arrayBuffer()));
    const names = Object.keys(zip);
    expect(names.filter((n) => n.startsWith("pdf/")).length).toBe(result.letters.length);
    expect(names.filter((n) => n.startsWith("docx/")).length).toBe(result.letters.length);
    expect(names.filter((n) => n.startsWith("eml/")).length).toBe(result.letters.filter((l) => l.channel !== "letter").length);
    const eml = strFromU8(zip[names.find((n) => n.startsWith("eml/"))!]);
    expect(eml).toContain("X-Unsent: 1");
    expect(eml).toMatch(/Content-Type: application\/pdf/);
    expect(names).toContain(`Dunning mail merge ${TODAY}.csv`);
    expect(strFromU8(files.csv.bytes)).toContain("customer_id,recipient,email");

    const sheets = await workbook.listSheets();
    expect(sheets).toEqual(expect.arrayContaining([runSheetName(AS_OF), `AR Dunning Letters ${TODAY}`, LOG_SHEET]));
    const log = await workbook.readUsedRange(LOG_SHEET);
    expect(log.values.length - 1 - logBefore).toBe(files.letters.reduce((a, e) => a + e.letter.totals.length, 0));

    // The same day again: every item is at its level already.
    const again = await runPaced((await loadRunInputs(workbook, { kind: "table", name: "Ledger", sheet: "Ledger" }, AS_OF)).input!);
    expect(again.letters).toEqual([]);
    // 30 days later the logged items go one level up.
    const later = await runPaced((await loadRunInputs(workbook, { kind: "table", name: "Ledger", sheet: "Ledger" }, AS_OF + 30)).input!);
    const before = new Map(result.letters.map((l) => [l.key, l.level]));
    const up = later.letters.filter((l) => before.has(l.key));
    expect(up.length).toBeGreaterThan(0);
    for (const l of up) expect(l.items.some((i) => i.lastLevel > 0 && i.level === i.lastLevel + 1)).toBe(true);
  });

  it("hands its pause to every letter's PDF and Word render, which pause inside, so the pane can yield within a letter", async () => {
    const { workbook } = createWorkbench(TODAY);
    const inputs = await loadRunInputs(workbook, { kind: "table", name: "Ledger", sheet: "Ledger" }, AS_OF);
    const result = await runPaced(inputs.input!);
    let pauses = 0;
    const inside = { pdf: 0, docx: 0 };
    const pausing = (kind: "pdf" | "docx", render: Renderers["pdf"]): Renderers["pdf"] => async (doc, options) => {
      const before = pauses;
      await options?.pause?.();
      if (pauses > before) inside[kind]++;
      return render(doc);
    };
    const files = await exportRun({ result, sender: inputs.sender, renderers: { pdf: pausing("pdf", FAKE.pdf), docx: pausing("docx", FAKE.docx!) }, pause: async () => void pauses++ });
    expect(files.letters.length).toBe(result.letters.length);
    expect(inside).toEqual({ pdf: result.letters.length, docx: result.letters.length });
  });

  it("leaves out an item written off in AR Write-offs, and duns it again once the write-off is reversed", async () => {
    const { workbook } = createWorkbench(TODAY);
    const first = await runPaced((await loadRunInputs(workbook, { kind: "table", name: "Ledger", sheet: "Ledger" }, AS_OF)).input!);
    const letter = first.letters.find((l) => l.items.length >= 2)!;
    const item = letter.items[0];
    const register = (status: string) =>
      workbook.writeReport({
        name: WRITEOFFS_SHEET,
        columns: WRITEOFF_COLUMNS.map((header) => ({ header })),
        rows: [[letter.customerId, letter.customer, item.invoice, item.open / 100, item.currency, AS_OF - 1, "insolvent", "A. Approver", "JE-000001", status, 0, status === "Reversed" ? 0 : item.open / 100, item.dueDate, AS_OF - 1, "JE-000001"]],
      });
    await register("Written off");
    const inputs = await loadRunInputs(workbook, { kind: "table", name: "Ledger", sheet: "Ledger" }, AS_OF);
    expect(inputs.warnings).toContain("1 item written off in AR Write-offs left out of the run");
    const after = await runPaced(inputs.input!);
    expect(after.overdueItems).toBe(first.overdueItems - 1);
    const invoices = [...after.letters.flatMap((l) => l.items.map((i) => i.invoice)), ...after.exclusions.map((e) => e.item.invoice)];
    expect(invoices).not.toContain(item.invoice);

    await register("Reversed");
    const back = await runPaced((await loadRunInputs(workbook, { kind: "table", name: "Ledger", sheet: "Ledger" }, AS_OF)).input!);
    expect(back.overdueItems).toBe(first.overdueItems);
  });

  it("takes off the invoices AR Cash paid from the day the ledger was exported, and only those", async () => {
    const { workbook } = createWorkbench(TODAY);
    const source = { kind: "table", name: "Ledger", sheet: "Ledger" } as const;
    const first = await runPaced((await loadRunInputs(workbook, source, AS_OF)).input!);
    const letter = first.letters[0];
    const item = letter.items[0];
    const row = (status: string) => {
      const cells: Record<string, unknown> = { "Customer id": letter.customerId, Customer: letter.customer, Invoice: item.invoice, "Booking date": AS_OF - 2, "Amount applied": item.open / 100, Status: status };
      return CASH_COLUMNS.map((c) => (cells[c.header] ?? null) as string | number | null);
    };
    await workbook.writeReport({ name: cashSheetName(AS_OF - 2), columns: CASH_COLUMNS, rows: [row("Matched"), row("Unmatched")] });
    const reason = (r: typeof first) => r.exclusions.find((e) => e.item.invoice === item.invoice)?.reason;
    // Exported three days ago: the payment two days ago is not in it.
    expect(reason(await runPaced((await loadRunInputs(workbook, source, AS_OF, undefined, undefined, undefined, AS_OF - 3)).input!))).toBe("paid");
    // Exported yesterday: the ledger already knows it, and AR Cash is not counted twice.
    expect(reason(await runPaced((await loadRunInputs(workbook, source, AS_OF, undefined, undefined, undefined, AS_OF - 1)).input!))).not.toBe("paid");
  });

  it("refuses to run without a letterhead, writing nothing", async () => {
    const { workbook } = createWorkbench(TODAY, 40);
    await workbook.writeSettings({});
    const inputs = await loadRunInputs(workbook, { kind: "table", name: "Ledger", sheet: "Ledger" }, AS_OF);
    expect(inputs.input).toBeNull();
    expect(inputs.blocking.join(" ")).toMatch(/letterhead/);
  });

  it("stops on a default policy with a skipped level, naming its row, and creates the policy from the template only once", async () => {
    const { workbook } = createWorkbench(TODAY, 40);
    expect(await createPolicyFromTemplate(workbook)).toBe("created");
    expect(await createPolicyFromTemplate(workbook)).toBe("exists");
    const policy = await workbook.readUsedRange(POLICY_SHEET);
    expect(policy.values[0]).toEqual(["customer", "level", "min_days_overdue", "min_days_since_last", "fee", "claim_interest", "claim_statutory_fee", "deadline_days", "channel", "letter_text"]);
    const skipped = [policy.values[0], policy.values[1], policy.values[3], policy.values[4]];
    await workbook.writeReport({ name: POLICY_SHEET, columns: skipped[0].map((h) => ({ header: String(h) })), rows: skipped.slice(1) });
    const inputs = await loadRunInputs(workbook, { kind: "table", name: "Ledger", sheet: "Ledger" }, AS_OF);
    expect(inputs.input).toBeNull();
    expect(inputs.blocking).toEqual(["AR Dunning Policy row 3: level 3 comes where level 2 should; levels go 1, 2, 3 without a gap"]);
  });
});

describe("settings readers", () => {
  it("keeps a PNG logo and refuses text that is not an image", () => {
    expect(imageBytes("data:image/png;base64,iVBORw0KGgo=")?.[1]).toBe(0x50);
    expect(imageBytes("data:image/png;base64,SGVsbG8=")).toBeUndefined();
    expect(imageBytes("https://example.com/logo.png")).toBeUndefined();
  });
  it("reads the minimum in either decimal convention", () => {
    expect([parseMinimum("5"), parseMinimum("5,50"), parseMinimum("1,000"), parseMinimum(""), parseMinimum("x")]).toEqual([500, 550, 100000, 0, 0]);
  });
});

describe("the legal pack on the workbench's sample workbook", () => {
  it("writes AR Legal <customer> <date> and a ZIP with the PDF, the statement and the letters sent", async () => {
    const { buildLegalPack } = await import("../../../src/taskpane/dunning/legalWorkbook");
    const { pageTexts } = await import("../../export/core/pdfReader");
    const { workbook } = createWorkbench(TODAY);
    const { result, files } = await runOnce(workbook, AS_OF);
    const letter = result.letters.find((l) => l.language === "de")!;
    const inputs = await loadRunInputs(workbook, { kind: "table", name: "Ledger", sheet: "Ledger" }, AS_OF);
    const pack = await buildLegalPack({ port: workbook, ledger: { kind: "table", name: "Ledger", sheet: "Ledger" }, customer: letter.customer, customerId: letter.customerId, asOf: AS_OF, sender: inputs.sender, jurisdiction: letter.jurisdiction, individual: false, language: "de" });
    expect(pack.sheet).toMatch(/^AR Legal \S+ 2026-12-01$/);
    expect(pack.sheet.length).toBeLessThanOrEqual(31);
    expect(await workbook.listSheets()).toContain(pack.sheet);
    const text = pageTexts(pack.pdf.bytes).join("\n");
    for (const heading of ["Kontoauszug", "Zahlungsverlauf", "Mahnverlauf", "Zinsberechnung je Rechnung", letter.customer]) expect(text).toContain(heading);
    // The letter just sent is in the dunning history, dated and with its invoices.
    expect(text).toMatch(new RegExp(`Mahnverlauf[\\s\\S]*01\\.12\\.2026[\\s\\S]*${letter.items[0].invoice}`));
    expect(files.letters.some((e) => e.letter.key === letter.key)).toBe(true);
    const zip = unzipSync(pack.zip.bytes);
    const names = Object.keys(zip);
    expect(names.some((n) => n.endsWith(".pdf"))).toBe(true);
    expect(names.some((n) => n.endsWith("statement.csv"))).toBe(true);
    const sent = names.filter((n) => n.startsWith("letters/"));
    expect(sent.length).toBe(1);
    expect(strFromU8(zip[sent[0]])).toContain(letter.customer);
  });
});
