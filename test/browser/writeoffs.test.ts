import * as path from "path";
import { Browser, Page } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { openJob } from "./support/pane";
import { serveDirectory, StaticServer } from "./support/staticServer";

/**
 * The books journey in the built workbench: the write-off policy entered in Settings, an invoice of the
 * sample ledger written off, a part of it recovered, the IFRS 9 provision written and its change
 * posted, and the journal, read back by the Journal panel, balancing.
 */
const ROOT = path.resolve(__dirname, "../..");

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveDirectory(path.join(ROOT, "dist"));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  page.on("pageerror", (e) => console.error(e));
  await page.goto(`${server.url}/workbench.html?lang=en`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pane = () => page.getByRole("complementary", { name: "Task pane" });
const amountOf = (text: string) => Number(text.replace(/,/g, ""));

test("write off, recover, provide: every entry posted to AR Journal and the journal balances", async () => {
  // The policy: account codes and an approver.
  await openJob(page, "Settings");
  const codes: [string, string][] = [
    ["Receivables account", "1200"],
    ["Write-off account", "6800"],
    ["Bad-debt provision account", "1290"],
    ["Bank account", "1000"],
    ["Bad debts recovered account", "7900"],
  ];
  for (const [label, code] of codes) await pane().getByRole("textbox", { name: label, exact: true }).fill(code);
  await pane().getByRole("textbox", { name: /^Write-off approvers/ }).fill("Anna Rossi: 1000000");
  await pane().getByRole("button", { name: "Save to workbook" }).click();
  await pane().getByText("Saved in this workbook.").waitFor();

  // Write-off: the first open invoice of the first customer.
  await openJob(page, "Write-off");
  const items = pane().getByRole("group", { name: "Open invoices" });
  const first = items.getByRole("checkbox").first();
  await first.waitFor({ timeout: 30_000 });
  const label = (await items.locator("label").first().innerText()).trim();
  const written = amountOf(label.match(/: ([\d,]+\.\d\d) /)![1]);
  await first.check();
  await pane().getByRole("textbox", { name: "Reason" }).fill("Customer insolvent");
  await pane().getByRole("combobox", { name: "Approved by" }).selectOption("Anna Rossi");
  await pane().getByRole("button", { name: "Post write-off" }).click();
  await pane().getByText(/^Posted 1 write-off of /).waitFor();
  const tabs = page.getByRole("tablist", { name: "Sheets" });
  await expect(tabs.getByRole("tab", { name: "AR Journal" }).count()).resolves.toBe(1);
  await expect(tabs.getByRole("tab", { name: "AR Write-offs" }).count()).resolves.toBe(1);

  // Recovery: half of it comes in.
  await openJob(page, "Recovery");
  await pane().getByText(/^Still written off: /).waitFor({ timeout: 30_000 });
  const half = (Math.round(written * 50) / 100).toFixed(2);
  await pane().getByRole("textbox", { name: "Amount received" }).fill(half);
  await pane().getByRole("textbox", { name: "Recorded by" }).fill("Anna Rossi");
  await pane().getByRole("button", { name: "Post recovery" }).click();
  await pane().getByText(/^Posted the recovery of .*: reinstatement and cash \(JE-000002 – JE-000003\)\.$/).waitFor();
  await pane().getByText(/^Still written off: /).waitFor();

  // Provision: IFRS 9 IE12's rates on the sample ledger, written, then its change posted.
  await openJob(page, "Provision");
  const rates = ["0.3%", "1.6%", "3.6%", "6.6%", "10.6%"];
  const buckets = ["Not due", "1-30", "31-60", "61-90", "Over 90"];
  for (let k = 0; k < 5; k++) await pane().getByRole("textbox", { name: buckets[k], exact: true }).fill(rates[k]);
  await pane().getByRole("textbox", { name: "Prepared by" }).fill("Anna Rossi");
  await pane().getByRole("button", { name: "Write provision" }).click();
  await pane().getByText(/^Wrote sheet AR Provision \d{4}-\d\d-\d\d\. Check the entry below, then post it\.$/).waitFor({ timeout: 60_000 });
  const matrix = pane().getByRole("table", { name: /^Provision matrix / }).first();
  await expect(matrix.getByRole("row").count()).resolves.toBe(1 + 5 + 1);
  await pane().getByRole("button", { name: "Post the change to AR Journal" }).click();
  await pane().getByText(/^Wrote sheet AR Provision .* and posted \d+ entr(y|ies) to AR Journal\.$/).waitFor({ timeout: 60_000 });

  // The journal: every entry read back balances, and debits equal credits in total.
  await openJob(page, "Journal");
  const totals = pane().getByText(/^\d+ entries: debits [\d,.]+, credits [\d,.]+\.$/);
  await totals.waitFor({ timeout: 30_000 });
  const [, count, debits, credits] = (await totals.innerText()).match(/^(\d+) entries: debits ([\d,.]+), credits ([\d,.]+)\.$/)!;
  expect(Number(count)).toBeGreaterThanOrEqual(4);
  expect(debits).toBe(credits);
  await expect(pane().getByText(/^Left out of the export/).count()).resolves.toBe(0);
});
