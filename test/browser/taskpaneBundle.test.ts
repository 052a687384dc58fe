import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { analysePage, modulesFound, modulesInSeveralFiles, sourceMarkers } from "../../bench/suites/bundle";
import { functions } from "../../src/functions";
import { launchChromium } from "./support/chromium";
import { serveDirectory, StaticServer } from "./support/staticServer";

/**
 * The built task pane page, which is also the custom functions' shared runtime (the manifest's
 * Runtime and CustomFunctions Page are taskpane.html): it loads one webpack runtime, the domain and
 * i18n code once, the export libraries only on demand, and, loaded on its own with a stand-in for
 * Office.js, it registers every AR.* formula and shows the pane. Runs with the browser tests because
 * it needs the production build (the page analysis is the bundle bench's, bench/suites/bundle.ts).
 */

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Office.js as far as the page uses it at startup, recording what CustomFunctions.associate gets. */
const OFFICE_STUB = `
  window.__associated = {};
  window.CustomFunctions = { associate: function (id, fn) { window.__associated[id] = fn; } };
  window.Office = {
    context: { displayLanguage: "de-DE", officeTheme: undefined },
    onReady: function (callback) {
      var info = { host: "Excel", platform: "PC" };
      return Promise.resolve(info).then(function (i) { if (callback) callback(i); return i; });
    },
  };
`;

describe("taskpane.html, from dist/", () => {
  const bundle = analysePage(DIST, "taskpane.html");

  it("loads one webpack runtime, and every script it names is built", () => {
    expect(bundle.missing).toEqual([]);
    expect(bundle.initial).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    expect(bundle.runtimes).toHaveLength(1);
    // The formulas' file comes before the pane's, so they register before the pane's code is run.
    expect(bundle.initial.indexOf("functions.js")).toBeLessThan(bundle.initial.indexOf("taskpane.js"));
  });

  it("has no module of src/domain or src/i18n in two of its initial files", () => {
    const markers = sourceMarkers(ROOT, ["domain", "i18n"]);
    // The check sees the shared code: the catalogues and the core domain modules both sides use.
    const found = modulesFound(DIST, bundle.initial, markers);
    expect(found).toEqual(expect.arrayContaining(["src/domain/core/cells.ts", "src/domain/core/dateText.ts", "src/domain/core/amountText.ts"]));
    expect(found.filter((f) => f.startsWith("src/i18n/messages/")).length).toBeGreaterThan(3);
    expect(modulesInSeveralFiles(DIST, bundle.initial, markers)).toEqual([]);
  });

  it("keeps the export libraries (PDF, Word, Excel files) in lazy chunks", () => {
    const initial = bundle.initial.map((f) => fs.readFileSync(path.join(DIST, f), "utf8"));
    for (const marker of ["%PDF-", "schemas.openxmlformats.org"]) expect([marker, initial.some((js) => js.includes(marker))]).toEqual([marker, false]);
    const lazy = bundle.lazy.map((f) => fs.readFileSync(path.join(DIST, f), "utf8"));
    expect(lazy.some((js) => js.includes("%PDF-"))).toBe(true);
  });

  describe("loaded on its own in Chromium", () => {
    let server: StaticServer;
    let browser: Browser;
    let page: Page;
    const pageErrors: string[] = [];
    const requests: string[] = [];

    beforeAll(async () => {
      server = await serveDirectory(DIST);
      browser = await launchChromium();
      page = await browser.newPage();
      page.on("pageerror", (e) => pageErrors.push(String(e)));
      page.on("request", (r) => requests.push(r.url()));
      await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB }));
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForFunction((count) => Object.keys((window as unknown as { __associated: object }).__associated).length >= count, Object.keys(functions).length);
      await page.getByRole("tab").first().waitFor();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("registers every AR.* formula of the registry, once the page's scripts have run", async () => {
      const ids = await page.evaluate(() => Object.keys((window as unknown as { __associated: object }).__associated));
      expect(ids.sort()).toEqual(Object.keys(functions).sort());
    });

    it("answers a formula in Office's language, the language the pane shows", async () => {
      const row = await page.evaluate(() => {
        const aging = (window as unknown as { __associated: Record<string, (...args: unknown[]) => unknown[][]> }).__associated.AGING;
        return aging([[100], [50]], [[45000], [45100]], 45100, null, null, true)[0];
      });
      expect(row[0]).toBe("Nicht fällig");
      expect(await page.getByRole("tab").first().textContent()).toBe("Altersstruktur");
    });

    it("loads only its own files and Office.js, without a script error", () => {
      expect(pageErrors).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(server.url) && url !== OFFICE_JS)).toEqual([]);
    });
  });
});
