import * as path from "path";
import { Browser } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { serveDirectory, StaticServer } from "./support/staticServer";

/** What a new user sees first: the address `npm start` prints opens the workbench, and no request fails. */
const ROOT = path.resolve(__dirname, "../..");
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(path.join(ROOT, "dist"));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("first start", () => {
  it("opens the workbench from / and loads every page without a failed request (the favicon included)", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const failed: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    // A request the page itself abandoned by navigating on (net::ERR_ABORTED) did not fail.
    page.on("requestfailed", (r) => {
      if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? "")) failed.push(`failed ${r.url()}: ${r.failure()?.errorText}`);
    });
    await page.goto(`${server.url}/`);
    await page.waitForURL(/workbench\.html/);
    await page.getByRole("button", { name: /Run aging|Altersstruktur|Esegui/ }).first().waitFor({ timeout: 60000 });
    await page.goto(`${server.url}/help.html`);
    const favicon = await page.request.get(`${server.url}/favicon.ico`);
    expect(favicon.status()).toBe(200);
    expect(failed).toEqual([]);
    await page.close();
  });
});
