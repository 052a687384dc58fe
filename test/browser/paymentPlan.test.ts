import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { PDFDocument } from "pdf-lib";
import { strFromU8, unzipSync } from "fflate";
import { edate, serialToIso, ymdToSerial } from "../../src/domain/core/dates";
import { launchChromium } from "./support/chromium";
import { openJob } from "./support/pane";
import { serveDirectory, StaticServer } from "./support/staticServer";

/**
 * The payment-plan journey in the built workbench: negotiate a plan for a customer of the sample ledger,
 * accept it (once), download the letter as PDF and Word (opened here), then track it in Plans & promises:
 * broken with no payment, a check as of an earlier date keeps the break on record, a promise is taken
 * from a customer who never paid, and the plan is on track once a payment is entered in the Payments sheet.
 */
const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-results", "paymentPlan");

let server: StaticServer;
let browser: Browser;
let page: Page;

/** The workbench's today: the page reads the local clock. */
function todaySerial(): number {
  const now = new Date();
  return ymdToSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  server = await serveDirectory(path.join(ROOT, "dist"));
  browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  page.on("pageerror", (e) => console.error(e));
  await page.goto(`${server.url}/workbench.html?lang=en`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pane = () => page.getByRole("complementary", { name: "Task pane" });

/** Types into a cell of the workbench grid: select it (1-based row, 0-based column), then the formula bar. */
async function enterCell(row: number, column: number, text: string): Promise<void> {
  await page.getByRole("grid").evaluate((el, r) => (el.scrollTop = Math.max(0, (r - 10) * 24)), row);
  await page.locator(`tr[aria-rowindex="${row}"] td`).nth(column).click();
  const bar = page.getByRole("textbox", { name: "Formula bar" });
  await bar.fill(text);
  await bar.press("Enter");
}

async function checkOn(asOf: number): Promise<string> {
  await openJob(page, "Plans & promises");
  const asOfBox = pane().getByRole("textbox", { name: "As of" });
  await asOfBox.fill(serialToIso(asOf));
  await pane().getByRole("combobox", { name: "Payments from" }).getByRole("option", { name: "Sheet Payments" }).waitFor({ state: "attached" });
  await pane().getByRole("button", { name: "Check payments" }).click();
  await pane().getByText(/^Checked 1 plan and /).waitFor();
  // The cells' texts: in a narrow pane the table stacks each row as a block, so read cell by cell.
  const cells = await pane().getByRole("table", { name: "Plans" }).getByRole("row").nth(1).getByRole("cell").allInnerTexts();
  return cells.map((c) => c.trim()).join(" ");
}

test("negotiate, accept, download the letters, mark a payment, see the plan kept", async () => {
  await openJob(page, "Payment plan");
  const customer = pane().getByRole("combobox", { name: "Customer" });
  await customer.waitFor();
  const name = (await customer.locator("option").nth(1).textContent())!.trim();
  await customer.selectOption({ label: name });
  await pane().getByRole("region", { name: "Open items covered" }).waitFor();

  // Negotiate: the preview follows what is typed.
  const firstDue = edate(todaySerial(), 1);
  await pane().getByRole("textbox", { name: "First due date" }).fill(serialToIso(firstDue));
  await pane().getByRole("textbox", { name: "Instalments" }).fill("3");
  const summary = pane().getByRole("region", { name: "Schedule" }).getByRole("status");
  await summary.filter({ hasText: /^3 instalments of / }).waitFor();
  const firstPayment = Number((await summary.innerText()).match(/^3 instalments of ([\d,.]+)/)![1].replace(/,/g, ""));
  expect(firstPayment).toBeGreaterThan(0);

  // Accept: the plan, the register row and the letter sheet.
  await pane().getByRole("button", { name: "Accept plan" }).click();
  const accepted = pane().getByText(/^Plan \S+ accepted/);
  await accepted.waitFor();
  const planId = (await accepted.innerText()).match(/^Plan (\S+) accepted/)![1];
  // Accepting is done once: the button is gone, replacing the plan is a renegotiation with a reason.
  await pane().getByText(new RegExp(`already has plan ${planId}\\. A plan is accepted once`)).waitFor();
  await expect(pane().getByRole("button", { name: "Accept plan" }).count()).resolves.toBe(0);
  await expect(pane().getByRole("button", { name: `Replace plan ${planId}` }).isDisabled()).resolves.toBe(true);
  const tabs = page.getByRole("tablist", { name: "Sheets" });
  await expect(tabs.getByRole("tab", { name: `AR Letter ${planId}` }).count()).resolves.toBe(1);
  await expect(tabs.getByRole("tab", { name: "AR Plans" }).count()).resolves.toBe(1);

  // The letter files: downloaded, saved, opened.
  const pdfLink = pane().getByRole("link", { name: "Download letter (PDF)" });
  await pdfLink.waitFor({ timeout: 30_000 });
  const [pdfDownload] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
  const pdfPath = path.join(OUT, pdfDownload.suggestedFilename());
  await pdfDownload.saveAs(pdfPath);
  const pdfBytes = fs.readFileSync(pdfPath);
  expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect((await PDFDocument.load(pdfBytes)).getPageCount()).toBeGreaterThanOrEqual(1);
  expect(pdfDownload.suggestedFilename()).toBe(`Agreement ${planId}.pdf`);

  const [docxDownload] = await Promise.all([page.waitForEvent("download"), pane().getByRole("link", { name: "Download letter (Word)" }).click()]);
  const docxPath = path.join(OUT, docxDownload.suggestedFilename());
  await docxDownload.saveAs(docxPath);
  const entries = unzipSync(new Uint8Array(fs.readFileSync(docxPath)));
  const xml = strFromU8(entries["word/document.xml"]);
  expect(xml).toContain(planId);
  // The schedule's header, 3 rows and total; the bank details beside the QR code; the two signatures side by side.
  expect((xml.match(/<w:tr[ >]/g) ?? []).length).toBe(3 + 2 + 1 + 1);
  // The demo letterhead has an IBAN and the plan is in EUR: the EPC QR code is the one image.
  expect(Object.keys(entries).filter((k) => k.startsWith("word/media/"))).toHaveLength(1);

  // Tracking: nothing paid ten days after the first instalment is broken…
  const asOf = firstDue + 10;
  expect(await checkOn(asOf)).toMatch(new RegExp(`^${planId} .* Broken `));
  await pane().getByRole("region", { name: "Broken" }).getByText(new RegExp(`^Plan ${planId} `)).waitFor();

  // A check as of an earlier date shows that date's status but keeps the break on record.
  expect(await checkOn(firstDue - 5)).toMatch(new RegExp(`^${planId} .* On track `));
  await pane().getByText("Reinstate a broken plan").waitFor();
  await pane().getByRole("combobox", { name: "Broken plan" }).getByRole("option", { name: new RegExp(`^${planId} `) }).waitFor({ state: "attached" });

  // A promise from a customer with open items who never paid (not in the Payments sheet).
  type Cell = string | number | boolean | null;
  const hook = (await page.evaluateHandle(() => (window as unknown as { creditDeskWorkbench: unknown }).creditDeskWorkbench)) as never;
  const payments: Cell[][] = await page.evaluate((h: { values(sheet: string): Cell[][] }) => h.values("Payments"), hook);
  const payers = new Set(payments.slice(1).map((r) => String(r[0]).toLowerCase()));
  const promiseForm = pane().getByRole("region", { name: "Record a promise to pay" });
  const promiseCustomer = promiseForm.getByRole("combobox", { name: "Customer" });
  const offered = (await promiseCustomer.locator("option").allInnerTexts()).map((o) => o.trim()).filter((o) => o !== "" && !/^Choose/.test(o));
  const neverPaid = offered.find((o) => !payers.has(o.toLowerCase()));
  expect(neverPaid).toBeDefined();
  await promiseCustomer.selectOption({ label: neverPaid! });
  await promiseForm.getByRole("textbox", { name: "Promised amount" }).fill("500");
  await promiseForm.getByRole("button", { name: "Record promise" }).click();
  await pane().getByText(/^Recorded promise /).waitFor();

  // …and once the first instalment is entered in the Payments sheet, the plan is on track.
  await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Payments", exact: true }).click();
  const rows = await page.getByRole("grid").getAttribute("aria-rowcount");
  const next = 42;
  expect(Number(rows)).toBeGreaterThanOrEqual(41);
  await enterCell(next, 0, name);
  await enterCell(next, 1, String(firstDue));
  await enterCell(next, 2, String(firstPayment));
  expect(await checkOn(asOf)).toMatch(new RegExp(`^${planId} .* On track 0.00 0$`));
  // The plan is no longer among the broken; the promise of the customer who never paid, past its date, is.
  const broken = pane().getByRole("region", { name: "Broken" });
  await broken.getByText(new RegExp(`^Promise .*${neverPaid!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)).first().waitFor();
  await expect(broken.getByText(new RegExp(`^Plan ${planId} `)).count()).resolves.toBe(0);
});
