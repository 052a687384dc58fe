import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { openJob } from "./support/pane";
import { serveDirectory, StaticServer } from "./support/staticServer";

/**
 * Bank statements in, in the built workbench at Excel's narrowest pane (320 px): each of the three
 * sample statements (camt.053, MT940, CSV) downloaded from the workbench, loaded in the Cash panel,
 * matched, its suggestion confirmed, applied; then AR Cash and AR Payments hold the payments, the same
 * statement is refused a second time, and Plans & promises reads AR Payments and finds a promise kept.
 */
const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-results", "cash");

type Cell = string | number | boolean | null;

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  server = await serveDirectory(path.join(ROOT, "dist"));
  browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  page.on("pageerror", (e) => console.error(e));
  await page.goto(`${server.url}/workbench.html?lang=en&pane=320`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pane = () => page.getByRole("complementary", { name: "Task pane" });
const values = async (sheet: string): Promise<Cell[][]> => {
  const hook = (await page.evaluateHandle(() => (window as unknown as { creditDeskWorkbench: unknown }).creditDeskWorkbench)) as never;
  return page.evaluate(([h, s]: [{ values(sheet: string): Cell[][] }, string]) => h.values(s), [hook, sheet] as never);
};
const money = (text: string) => Number(text.replace(/,/g, ""));

/** Downloads a sample statement from the workbench's header and loads it in the Cash panel. */
async function loadSample(format: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `Download a sample ${format} statement` }).click()]);
  const file = path.join(OUT, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  await pane().locator("input[type=file]").setInputFiles({ name: download.suggestedFilename(), mimeType: "application/octet-stream", buffer: bytes });
  return { name: download.suggestedFilename(), bytes };
}

/** The totals line: credits, applied and unapplied, which must add up. */
async function totals(): Promise<[number, number, number]> {
  const text = await pane().getByText(/^Credits [\d,.]+ = applied /).innerText();
  const m = text.match(/^Credits ([\d,.]+) = applied ([\d,.]+) \+ unapplied ([\d,.]+)$/)!;
  return [money(m[1]), money(m[2]), money(m[3])];
}

test("camt.053, MT940 and CSV statements: loaded, matched, confirmed, applied; AR Payments feeds Plans & promises", async () => {
  await openJob(page, "Bank statements");
  const applied: { format: string; payments: number }[] = [];
  for (const format of ["camt.053", "MT940", "CSV"]) {
    const { name } = await loadSample(format);
    await pane().getByText(new RegExp(`^${name.replace(/\./g, "\\.")}: `)).waitFor();
    const [credits, before, unapplied] = await totals();
    expect(Math.round((before + unapplied) * 100)).toBe(Math.round(credits * 100));
    await expect(pane().getByRole("table", { name: /^Matched \(\d+\)$/ }).count()).resolves.toBe(1);
    await expect(pane().getByRole("table", { name: /^Unmatched \(\d+\)$/ }).count()).resolves.toBe(1);
    await expect(pane().getByRole("table", { name: "Ignored: debits and others (1)" }).count()).resolves.toBe(1);
    // Confirm the suggestion: the applied cash grows by its amount, the totals still reconcile.
    const confirm = pane().getByRole("button", { name: /^Confirm / }).first();
    if ((await confirm.count()) > 0) {
      await confirm.click();
      for (let tries = 0; tries < 100 && (await totals())[1] <= before; tries++) await page.waitForTimeout(100);
      const [c2, a2, u2] = await totals();
      expect(a2).toBeGreaterThan(before);
      expect(Math.round((a2 + u2) * 100)).toBe(Math.round(c2 * 100));
    }
    await page.screenshot({ path: path.join(OUT, `${format}.png`) });
    await pane().getByRole("button", { name: "Apply the matched lines" }).click();
    const done = pane().getByText(/^Wrote AR Cash \d{4}-\d{2}-\d{2} \(\d+ rows?\) and added \d+ payments? to AR Payments\.$/);
    await done.waitFor();
    applied.push({ format, payments: Number((await done.innerText()).match(/added (\d+) payment/)![1]) });
  }
  expect(applied.every((a) => a.payments >= 2)).toBe(true);

  // The same statement again is refused.
  const { name } = await loadSample("camt.053");
  await pane().getByText(new RegExp(`^Statement SAMPLE-CAMT-\\S+ of account IT60X0542811101000000123456 was already imported from ${name.replace(/\./g, "\\.")}`)).waitFor();
  await expect(pane().getByRole("button", { name: "Apply the matched lines" }).isDisabled()).resolves.toBe(true);

  // AR Cash and AR Payments hold what was applied.
  const sheets: string[] = await page.evaluate(() => (window as unknown as { creditDeskWorkbench: { sheets(): Promise<string[]> } }).creditDeskWorkbench.sheets());
  const cashSheet = sheets.find((s) => /^AR Cash \d{4}-\d{2}-\d{2}$/.test(s))!;
  const cash = await values(cashSheet);
  const header = cash.findIndex((r) => r[0] === "Statement id");
  expect(cash[header].slice(0, 11)).toEqual(["Statement id", "Account", "Line", "Booking date", "Value date", "Currency", "Payer", "Payer IBAN", "Customer id", "Customer", "Invoice"]);
  const rules = new Set(cash.slice(header + 1).map((r) => r[15]));
  expect([...rules]).toEqual(expect.arrayContaining(["invoice", "rf", "nameItem"]));
  const payments = await values("AR Payments");
  expect(payments[0].slice(0, 4)).toEqual(["Customer id", "Customer", "Payment date", "Amount"]);
  expect(payments.length - 1).toBe(applied.reduce((s, a) => s + a.payments, 0));
  const payer = String(payments[1][1]);
  const paid = Number(payments[1][3]);

  // Plans & promises: a promise by the first payer, checked against AR Payments, is kept.
  await openJob(page, "Plans & promises");
  await pane().getByRole("combobox", { name: "Payments from" }).getByRole("option", { name: "Sheet AR Payments" }).waitFor({ state: "attached" });
  await expect(pane().getByRole("combobox", { name: "Payments from" }).inputValue()).resolves.toBe("sheet:AR Payments");
  const promiseForm = pane().getByRole("region", { name: "Record a promise to pay" });
  const customer = promiseForm.getByRole("combobox", { name: "Customer" });
  await customer.getByRole("option", { name: payer, exact: true }).first().waitFor({ state: "attached" });
  await customer.selectOption({ label: payer });
  await promiseForm.getByRole("textbox", { name: "Promised amount" }).fill(String(Math.min(paid, 100)));
  await promiseForm.getByRole("button", { name: "Record promise" }).click();
  await pane().getByText(/^Recorded promise /).waitFor();
  await pane().getByRole("button", { name: "Check payments" }).click();
  await pane().getByText(/^Checked 0 plans and 1 promise /).waitFor();
  const row = await pane().getByRole("table", { name: "Promises to pay" }).getByRole("row").nth(1).getByRole("cell").allInnerTexts();
  expect(row.join(" ")).toMatch(/\bKept\b/);
});
