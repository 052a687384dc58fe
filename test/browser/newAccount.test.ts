import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { openJob } from "./support/pane";
import { serveDirectory, StaticServer } from "./support/staticServer";

/** The new-account flow in the built workbench: fill the form, approve, see the customer in the AR Customers sheet. */
const ROOT = path.resolve(__dirname, "../..");
const RESULTS = path.join(ROOT, "test-results");

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveDirectory(path.join(ROOT, "dist"));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function fill(label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

test("approves a new customer and shows it in the AR Customers sheet", async () => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/workbench.html?lang=en`);
  await openJob(page, "New account");
  await page.getByRole("button", { name: "Approve and add to AR Customers" }).waitFor({ timeout: 30_000 });

  await fill("Legal name", "Acme Trasporti S.r.l.");
  await fill("Country (ISO code)", "IT");
  await fill("Company ID (registration number)", "MI-998877");
  await fill("VAT number", "IT 00743110157");
  await fill("IBAN", "IT60 X054 2811 1010 0000 0123 456");
  await fill("Address", "Via Po 2, Torino");
  await fill("Contact person", "Giulia Neri");
  await fill("Email", "giulia@acme.it");
  await fill("Requested limit", "80000");
  await fill("Payment terms (days)", "60");
  await fill("Annual income", "2500000");
  await fill("Monthly debt payments", "20000");
  const items: [string, string][] = [
    ["Credit report", "Bureau"],
    ["Bank reference", "Bank"],
    ["Trade reference 1", "Referee"],
    ["Trade reference 2", "Referee"],
  ];
  for (const [item, source] of items) {
    await page.getByLabel(`${item}: Status`).selectOption("passed");
    await fill(`${item}: ${source}`, `${item} source`);
    await fill(`${item}: Date`, "2026-01-15");
    await fill(`${item}: File reference (path or link)`, `S:\\Credit\\Acme\\${item}.pdf`);
  }
  await fill("Credit report: Score", "720");
  await fill("Approved by", "Marco");
  // No live error under the two codes.
  expect(await page.getByText(/check-digit test/).count()).toBe(0);

  await page.getByRole("button", { name: "Approve and add to AR Customers" }).click();
  await page.getByText(/Customer C-000001 added to AR Customers/).waitFor({ timeout: 30_000 });

  await page.getByRole("tab", { name: "AR Customers" }).click();
  const grid = page.getByRole("region", { name: /workbook/i });
  await expect(grid.getByText("Acme Trasporti S.r.l.").first().isVisible()).resolves.toBe(true);
  await expect(grid.getByText("C-000001").first().isVisible()).resolves.toBe(true);

  fs.mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, "new-account.png"), fullPage: false });
  expect(errors).toEqual([]);
});

test("runs the credit review on the sample workbook out of the box", async () => {
  await page.goto(`${server.url}/workbench.html?lang=en`);
  await openJob(page, "Credit review");
  const run = page.getByRole("button", { name: "Run credit review" });
  await run.waitFor({ timeout: 30_000 });
  await run.click();
  await page.getByText(/^Wrote sheets AR Credit Review \d{4}-\d{2}-\d{2}, AR Credit Hold/).waitFor({ timeout: 30_000 });
  await expect(page.getByRole("table", { name: "Credit-hold list" }).isVisible()).resolves.toBe(true);
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, "credit-review.png"), fullPage: false });
});
