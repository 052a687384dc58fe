import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { openJob, paneOf } from "./support/pane";
import { serveDirectory, StaticServer } from "./support/staticServer";

/**
 * The collections dashboard and the statements in the workbench, in Debian's headless Chromium: build
 * the dashboard of the sample ledger, check AR Dashboard against the ledger's open total and its charts
 * drawn from the same specification Excel gets, take a screenshot; then make the statements and check
 * their sheet and files.
 */
const ROOT = path.resolve(__dirname, "../..");
const RESULTS = path.join(ROOT, "test-results");

type Cell = string | number | boolean | null;
interface WorkbenchHook {
  values(sheet: string): Cell[][];
  sheets(): Promise<string[]>;
}

let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(RESULTS, { recursive: true });
  server = await serveDirectory(path.join(ROOT, "dist"));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(`${server.url}/workbench.html?lang=en`);
  await page.getByRole("button", { name: "Run aging" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const values = async (sheet: string): Promise<Cell[][]> => {
  const hook = (await page.evaluateHandle(() => (window as unknown as { creditDeskWorkbench: unknown }).creditDeskWorkbench)) as never;
  return page.evaluate(([h, name]: [WorkbenchHook, string]) => h.values(name), [hook, sheet] as never);
};

describe("dashboard in the workbench", () => {
  it("writes AR Dashboard with its figures and draws its charts, the aging buckets adding up to the receivables", async () => {
    // An aging report a month back: the dashboard's history (the trend, and CEI's opening receivables).
    const monthAgo = new Date(Date.now() - 31 * 86_400_000).toISOString().slice(0, 10);
    await paneOf(page).getByRole("textbox", { name: "As-of date" }).fill(monthAgo);
    await paneOf(page).getByRole("button", { name: "Run aging" }).click();
    await paneOf(page).getByText(/^Wrote sheet AR Aging/).waitFor({ timeout: 60_000 });
    await openJob(page, "Dashboard");
    await paneOf(page).getByRole("button", { name: "Build dashboard" }).click();
    await paneOf(page).getByText(/^Written to AR Dashboard with \d+ charts\.$/).waitFor({ timeout: 60_000 });

    const sheet = await values("AR Dashboard");
    const header = sheet.findIndex((r) => r[0] === "Section");
    const rows = sheet.slice(header + 1);
    const figures = rows.find((r) => r[0] === "Figures")!;
    const buckets = rows.filter((r) => r[0] === "Aging");
    expect(buckets.map((r) => r[1])).toEqual(["Not due", "1-30", "31-60", "61-90", "Over 90"]);
    const total = Math.round((figures[2] as number) * 100);
    expect(buckets.reduce((a, r) => a + Math.round((r[2] as number) * 100), 0)).toBe(total);
    expect(typeof figures[5]).toBe("number"); // DSO, counted back over the sample's invoiced sales
    expect(rows.filter((r) => r[0] === "Most overdue customers").length).toBeGreaterThan(0);
    expect(rows.filter((r) => r[0] === "Trend").map((r) => r[1])).toEqual([monthAgo, figures[1]]);
    expect(typeof figures[8]).toBe("number"); // CEI, from the aging report a month back

    // The workbench draws the charts of the sheet as SVG: aging (column, pie), the top customers, the
    // amounts in dunning by level (the sample workbook has an AR Dunning Log) and the two trends.
    const charts = page.getByRole("region", { name: "Workbook" }).locator("figure[data-chart-type]");
    await charts.first().waitFor();
    expect(await charts.evaluateAll((els) => els.map((e) => e.getAttribute("data-chart-type")))).toEqual(["column", "pie", "column", "column", "line", "line"]);
    expect(await charts.first().locator("rect").count()).toBe(5);
    await page.screenshot({ path: path.join(RESULTS, "workbench-dashboard.png"), fullPage: true });
    // Every chart side by side, on a page wide enough for them all.
    await page.setViewportSize({ width: 2000, height: 1000 });
    await page.screenshot({ path: path.join(RESULTS, "workbench-dashboard-wide.png") });
    await page.setViewportSize({ width: 1500, height: 1000 });
    expect(pageErrors).toEqual([]);
  });

  it("makes the statements of every customer with open items, a block each on AR Statements, with a PDF each and a ZIP", async () => {
    await openJob(page, "Statements");
    await paneOf(page).getByRole("button", { name: "Make statements" }).click();
    const written = paneOf(page).getByText(/^\d+ statements written to AR Statements \d{4}-\d{2}-\d{2}\.$/);
    await written.waitFor({ timeout: 120_000 });
    const count = Number(/^(\d+)/.exec((await written.textContent()) ?? "")![1]);
    expect(count).toBeGreaterThan(3);
    // The sample leaves every sixth customer without an address: named, not silently dropped.
    await expect(paneOf(page).getByText(/: no address in AR Customers/).first().isVisible()).resolves.toBe(true);
    const links = paneOf(page).getByRole("link", { name: /^Download PDF / });
    expect(await links.count()).toBe(count);
    expect(await paneOf(page).getByRole("link", { name: "Download all as ZIP" }).count()).toBe(1);
    const sheets: string[] = await page.evaluate(() => (window as unknown as { creditDeskWorkbench: WorkbenchHook }).creditDeskWorkbench.sheets());
    const name = sheets.find((s) => s.startsWith("AR Statements "))!;
    const rows = await values(name);
    expect(rows.filter((r) => r[2] === "Balance due").length).toBe(count);
    await page.screenshot({ path: path.join(RESULTS, "workbench-statements.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
