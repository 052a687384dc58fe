import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { strFromU8, unzipSync } from "fflate";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { launchChromium } from "./support/chromium";
import { openJob } from "./support/pane";
import { serveDirectory, StaticServer } from "./support/staticServer";

/**
 * The one-click dunning run in the built workbench: run on the sample ledger, see letters in the five
 * languages and the customer without an address named, export, download the ZIP and check its content
 * (a PDF and a Word file per letter, e-mail drafts marked unsent, the mail-merge list), and the sheets
 * and the log written.
 */
const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-results", "dunning");

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
  await page.goto(`${server.url}/workbench.html?lang=en`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pane = () => page.getByRole("complementary", { name: "Task pane" });

test("runs the dunning, exports in one click and the ZIP holds every letter's files", async () => {
  await openJob(page, "Dunning run");
  const run = pane().getByRole("button", { name: "Run", exact: true });
  await run.waitFor();
  await run.click();
  await pane().getByText(/\d+ letters · \d+ overdue items/).waitFor({ timeout: 60_000 });
  await pane().getByText(/Becker Elektro KG: no (e-mail|postal) address/).waitFor();
  const options = await pane().getByRole("combobox", { name: "Preview" }).locator("option").allTextContents();
  for (const lang of ["EN", "IT", "DE", "NL", "FR"]) expect(options.some((o) => o.endsWith(`· ${lang}`))).toBe(true);
  await pane().getByTestId("dunning-preview").waitFor();
  await page.screenshot({ path: path.join(OUT, "run.png") });

  // The letters are made in a worker, off the pane's thread.
  const worker = page.waitForEvent("worker", { timeout: 30_000 });
  await pane().getByRole("button", { name: "Export" }).click();
  expect((await worker).url()).toMatch(new RegExp(`^${server.url}/[\\w.]+\\.js$`));
  const done = pane().getByRole("region", { name: "Exported" });
  await done.waitFor({ timeout: 180_000 });
  const link = done.getByRole("link", { name: /^Dunning \d{4}-\d{2}-\d{2}\.zip$/ });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const zipPath = path.join(OUT, download.suggestedFilename());
  await download.saveAs(zipPath);
  const zip = unzipSync(new Uint8Array(fs.readFileSync(zipPath)));
  const names = Object.keys(zip);
  const pdfs = names.filter((n) => n.startsWith("pdf/"));
  expect(pdfs.length).toBe(options.length);
  expect(names.filter((n) => n.startsWith("docx/")).length).toBe(options.length);
  expect(strFromU8(zip[pdfs[0]].subarray(0, 5))).toBe("%PDF-");
  const letterPdf = await PDFDocument.load(zip[pdfs[0]]);
  expect(letterPdf.getPageCount()).toBeGreaterThanOrEqual(1);
  // The worker fetched the fonts from the add-in's host and embedded them.
  const fontFiles = letterPdf.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFDict && o.has(PDFName.of("FontFile2")));
  expect(fontFiles.length).toBeGreaterThan(0);
  const emls = names.filter((n) => n.startsWith("eml/"));
  expect(emls.length).toBeGreaterThan(0);
  expect(strFromU8(zip[emls[0]])).toContain("X-Unsent: 1");
  const csv = names.find((n) => n.endsWith(".csv"))!;
  expect(strFromU8(zip[csv])).toContain("customer_id,recipient,email,address,language");
  expect(names.some((n) => n.endsWith(".xlsx"))).toBe(true);

  for (const sheet of [/^AR Dunning \d{4}-\d{2}-\d{2}$/, /^AR Dunning Letters /, /^AR Dunning Log$/]) await page.getByRole("tab", { name: sheet }).waitFor();
  await page.screenshot({ path: path.join(OUT, "exported.png") });
});
