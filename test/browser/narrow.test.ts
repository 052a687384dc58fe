import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { openJob, paneOf } from "./support/pane";
import { serveDirectory, StaticServer } from "./support/staticServer";

/**
 * Every job of the pane at Excel's narrowest task pane, 320 × 800, filled with the sample data: nothing
 * may pass the pane's right edge (no sideways scroll) and no two visible texts or controls may overlap.
 * The same is checked at 380 and 460 px, either side of the width where tables turn into stacked
 * records. A screenshot of the whole pane per job (at 320 px) goes to test-results/narrow/.
 */
const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-results", "narrow");
const WIDTH = 320;
const HEIGHT = 800;

let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  server = await serveDirectory(path.join(ROOT, "dist"));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1100, height: HEIGHT } });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(`${server.url}/workbench.html?lang=en&pane=${WIDTH}`);
  await pane().getByRole("button", { name: "Run aging" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pane = () => paneOf(page);

/** The ISO date `days` after the page's today (the workbench reads the local clock). */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/**
 * What is wrong with the pane's layout: elements or texts past its right (or left) edge, or past the
 * padding of the pane's navigation and body they sit in; anything that scrolls sideways; and pairs of
 * visible texts drawn over each other. Visible means laid out, not hidden, and not clipped away by an
 * ancestor (screen-reader-only text is clipped to nothing).
 */
async function layoutProblems(): Promise<string[]> {
  return page.evaluate(() => {
    const paneEl = document.querySelector("aside")!;
    const edge = paneEl.getBoundingClientRect();
    // The pane's content box: inside its left border, before any scroll bar.
    const left = edge.left + paneEl.clientLeft;
    const right = left + paneEl.clientWidth;
    const problems: string[] = [];
    // Inside the navigation or the body, the edge is their padding's.
    const rightOf = (el: Element) => {
      const frame = el.closest("aside nav, aside main");
      if (!frame || frame === el) return right;
      const s = getComputedStyle(frame);
      return Math.min(right, frame.getBoundingClientRect().right - parseFloat(s.borderRightWidth) - parseFloat(s.paddingRight));
    };
    const name = (el: Element) => {
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? ` .${el.className.split(" ")[0]}` : ""}> "${text}"`;
    };
    const shown = (el: Element) => {
      const s = getComputedStyle(el);
      return s.display !== "none" && s.visibility !== "hidden" && Number(s.opacity) > 0.05;
    };
    // The part of a rectangle that `from` and its ancestors with clipping (overflow other than visible, a clip) let through.
    const visiblePart = (from: Element | null, r: DOMRect) => {
      let [l, t, rr, b] = [r.left, r.top, r.right, r.bottom];
      for (let a = from; a && a !== paneEl; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== "visible" || s.overflowY !== "visible" || s.clip !== "auto") {
          const c = a.getBoundingClientRect();
          [l, t, rr, b] = [Math.max(l, c.left), Math.max(t, c.top), Math.min(rr, c.right), Math.min(b, c.bottom)];
        }
      }
      return rr - l > 1 && b - t > 1 ? { l, t, r: rr, b } : null;
    };

    if (paneEl.scrollWidth > paneEl.clientWidth + 1) problems.push(`the pane scrolls sideways: ${paneEl.scrollWidth} px of content in ${paneEl.clientWidth} px`);
    for (const el of Array.from(paneEl.querySelectorAll("*"))) {
      if (!shown(el)) continue;
      const s = getComputedStyle(el);
      const form = /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
      if (!form && (s.overflowX === "auto" || s.overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const part = visiblePart(el.parentElement, r);
      const limit = rightOf(el);
      if (part && (part.r > limit + 0.5 || part.l < left - 0.5)) problems.push(`${name(el)} spans ${Math.round(part.l - left)}..${Math.round(part.r - left)} px, past ${Math.round(limit - left)} of ${paneEl.clientWidth}`);
    }

    const texts: { el: Element; box: { l: number; t: number; r: number; b: number }; text: string }[] = [];
    const walker = document.createTreeWalker(paneEl, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const el = node.parentElement!;
      if (!(node.textContent ?? "").trim() || !shown(el) || el.closest("select, option")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) {
        const box = visiblePart(el, r);
        if (!box) continue;
        if (box.r > rightOf(el) + 0.5) problems.push(`text "${node.textContent!.trim().slice(0, 40)}" ends at ${Math.round(box.r - left)} px, past ${Math.round(rightOf(el) - left)} of ${paneEl.clientWidth}`);
        texts.push({ el, box, text: node.textContent!.trim().slice(0, 40) });
      }
    }
    // Controls drawn over each other (a drop-down under its button): their boxes, as texts inside them are not text nodes.
    const controls = Array.from(paneEl.querySelectorAll("input, select, textarea, button"))
      .filter((el) => shown(el))
      .map((el) => ({ el, box: visiblePart(el.parentElement, el.getBoundingClientRect()) }))
      .filter((c): c is { el: Element; box: { l: number; t: number; r: number; b: number } } => c.box !== null);
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const [a, b] = [controls[i], controls[j]];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.box.r, b.box.r) - Math.max(a.box.l, b.box.l);
        const h = Math.min(a.box.b, b.box.b) - Math.max(a.box.t, b.box.t);
        if (w > 2 && h > 2) problems.push(`${name(a.el)} and ${name(b.el)} overlap (${Math.round(w)} × ${Math.round(h)} px)`);
      }
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const [a, b] = [texts[i], texts[j]];
        if (a.el === b.el) continue;
        const w = Math.min(a.box.r, b.box.r) - Math.max(a.box.l, b.box.l);
        const h = Math.min(a.box.b, b.box.b) - Math.max(a.box.t, b.box.t);
        if (w > 2 && h > 2) problems.push(`"${a.text}" and "${b.text}" overlap (${Math.round(w)} × ${Math.round(h)} px)`);
      }
    }
    return [...new Set(problems)];
  });
}

/** A picture of the whole pane, however tall: the pane is let out to its full height for the shot. */
async function screenshot(name: string): Promise<void> {
  const box = await page.evaluate(() => {
    const aside = document.querySelector("aside") as HTMLElement;
    const page = aside.parentElement as HTMLElement;
    page.style.height = "auto";
    aside.style.overflowY = "visible";
    const r = aside.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: aside.scrollHeight };
  });
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true, clip: box });
  await page.evaluate(() => {
    const aside = document.querySelector("aside") as HTMLElement;
    (aside.parentElement as HTMLElement).style.height = "";
    aside.style.overflowY = "";
  });
}

/** Sets the workbench's pane width (the page's --pane-width) and waits for the layout. */
async function setPaneWidth(px: number): Promise<void> {
  await page.evaluate((w) => {
    (document.querySelector("aside")!.parentElement as HTMLElement).style.setProperty("--pane-width", `${w}px`);
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, px);
}

/** Wider panes the same job must also fit, on both sides of the tables' 26rem (416 px) switch. */
const ALSO = [380, 460];

async function expectFits(name: string): Promise<void> {
  const width = await pane().evaluate((el) => el.getBoundingClientRect().width);
  expect(Math.round(width)).toBe(WIDTH);
  await screenshot(name);
  expect({ job: name, width: WIDTH, problems: await layoutProblems() }).toEqual({ job: name, width: WIDTH, problems: [] });
  for (const px of ALSO) {
    await setPaneWidth(px);
    const problems = await layoutProblems();
    await setPaneWidth(WIDTH);
    expect({ job: name, width: px, problems }).toEqual({ job: name, width: px, problems: [] });
  }
}

describe(`every job at ${WIDTH} × ${HEIGHT}`, () => {
  it("has a check that sees text running off the pane and texts drawn over each other", async () => {
    await page.evaluate(() => {
      const bad = document.createElement("div");
      bad.id = "layout-check-probe";
      bad.innerHTML =
        '<p style="width: 420px; white-space: nowrap">Maschinenbau GmbH, Verbindlichkeiten aus Lieferungen</p>' +
        '<div style="position: relative; height: 20px"><span style="position: absolute; left: 0">Maschinenbau</span><span style="position: absolute; left: 30px">On track</span></div>';
      document.querySelector("aside main")!.prepend(bad);
    });
    const problems = await layoutProblems();
    await page.evaluate(() => document.getElementById("layout-check-probe")!.remove());
    expect(problems.some((p) => /^the pane scrolls sideways/.test(p))).toBe(true);
    expect(problems.some((p) => /^text "Maschinenbau GmbH, Verb.*" ends at/.test(p))).toBe(true);
    expect(problems.some((p) => /^"Maschinenbau" and "On track" overlap/.test(p))).toBe(true);
    expect(await layoutProblems()).toEqual([]);
  });

  it("Aging, after a run: the ledger picker, the columns, the summary and the rejected rows", async () => {
    await pane().getByRole("button", { name: "Run aging" }).click();
    await pane().getByText(/^Wrote sheet AR Aging/).waitFor({ timeout: 60_000 });
    await expectFits("aging");
  });

  it("Payment plan, with a customer's items, the terms, the schedule and an accepted plan", async () => {
    await openJob(page, "Payment plan");
    const customer = pane().getByRole("combobox", { name: "Customer" });
    await customer.locator("option").nth(1).waitFor({ state: "attached" });
    const names = await customer.locator("option").allTextContents();
    // The longest name, the likeliest to run over.
    const longest = names.slice(1).reduce((a, b) => (b.length > a.length ? b : a));
    await customer.selectOption({ label: longest });
    await pane().getByRole("textbox", { name: "Instalments" }).fill("12");
    await pane().getByRole("textbox", { name: "Annual interest rate (%)" }).fill("4,5");
    await pane().getByRole("button", { name: "Add charge" }).click();
    await pane().getByRole("textbox", { name: "Charge description" }).fill("Late-payment interest to date");
    await pane().getByRole("textbox", { name: "Charge amount" }).fill("125,40");
    await pane().getByRole("region", { name: "Schedule" }).getByRole("status").filter({ hasText: /^12 instalments/ }).waitFor();
    await pane().getByRole("button", { name: "Accept plan" }).click();
    await pane().getByText(/^Plan \S+ accepted/).waitFor({ timeout: 30_000 });
    await pane().getByRole("link", { name: "Download letter (PDF)" }).waitFor({ timeout: 30_000 });
    await expectFits("payment-plan");
  });

  it("Plans & promises, checked, with a plan, promises and the promise form", async () => {
    await openJob(page, "Plans & promises");
    await pane().getByRole("combobox", { name: "Payments from" }).getByRole("option", { name: "Sheet Payments" }).waitFor({ state: "attached" });
    const customer = pane().getByRole("combobox", { name: "Customer" });
    await customer.locator("option").nth(1).waitFor({ state: "attached" });
    const names = (await customer.locator("option").allTextContents()).slice(1);
    for (const [i, who] of [names[0], names[names.length - 1]].entries()) {
      await customer.selectOption({ label: who });
      await pane().getByRole("textbox", { name: "Promised amount" }).fill(i === 0 ? "1.250,00" : "98765,43");
      await pane().getByRole("textbox", { name: "Promised date" }).fill(inDays(7 + i * 30));
      await pane().getByRole("textbox", { name: "Contact note" }).fill("Phoned the accounts payable clerk, promised by transfer");
      await pane().getByRole("button", { name: "Record promise" }).click();
      await pane().getByText(/^Recorded promise /).waitFor();
    }
    await pane().getByRole("button", { name: "Check payments" }).click();
    await pane().getByText(/^Checked 1 plan and 2 promises/).waitFor({ timeout: 30_000 });
    await pane().getByRole("table", { name: "Plans" }).waitFor();
    await pane().getByRole("table", { name: "Promises to pay" }).waitFor();
    await expectFits("plans-and-promises");
  });

  it("Credit review, run, with the hold list, the decisions and the override form", async () => {
    await openJob(page, "Credit review");
    await pane().getByRole("button", { name: "Run credit review" }).click();
    await pane().getByText(/^Wrote sheets AR Credit Review/).waitFor({ timeout: 60_000 });
    await pane().getByRole("table", { name: "Credit-hold list" }).waitFor();
    await expectFits("credit-review");
  });

  it("New account, the form half filled with its live checks, and the customer lookup", async () => {
    await openJob(page, "New account");
    await pane().getByRole("button", { name: "Approve and add to AR Customers" }).waitFor({ timeout: 30_000 });
    await pane().getByLabel("Legal name", { exact: true }).fill("Müller Maschinenbau und Anlagentechnik GmbH & Co. KG");
    await pane().getByLabel("Country (ISO code)", { exact: true }).fill("DE");
    await pane().getByLabel("VAT number", { exact: true }).fill("DE 123456788");
    await pane().getByLabel("IBAN", { exact: true }).fill("DE89 3704 0044 0532 0130 01");
    await pane().getByLabel("Email", { exact: true }).fill("buchhaltung.kreditoren@mueller-maschinenbau-anlagentechnik.de");
    await pane().getByLabel("Credit report: Date", { exact: true }).fill("31.02.2026");
    await pane().getByRole("switch", { name: /^Show confidential data/ }).check();
    await pane().getByLabel("Customer id or name", { exact: true }).fill("Müller");
    await pane().getByRole("button", { name: "Find" }).click();
    await pane().getByRole("button", { name: "Approve and add to AR Customers" }).click();
    await pane().getByText("Not approved").waitFor({ timeout: 30_000 });
    await expectFits("new-account");
  });

  it("Interest claim, with a customer's invoices, the law and a claim written", async () => {
    await openJob(page, "Interest claim");
    const customer = pane().getByRole("combobox", { name: "Customer" });
    await customer.waitFor({ timeout: 60000 });
    const names = await customer.locator("option").allInnerTexts();
    await customer.selectOption({ label: names.filter((n) => n.trim() !== "").sort((a, b) => b.length - a.length)[0] });
    await pane().getByRole("button", { name: "Write interest claim" }).click();
    await pane().getByText(/^Wrote|AR Interest/).first().waitFor({ timeout: 60000 });
    await expectFits("interest-claim");
  });

  it("Dunning run, with the run's summary, a letter's preview and the legal pack's picker", async () => {
    await openJob(page, "Dunning run");
    await pane().getByRole("button", { name: "Run", exact: true }).click();
    await pane().getByTestId("dunning-preview").waitFor({ timeout: 60000 });
    await pane().getByText(/^Left out/).click();
    await expectFits("dunning");
  });

  // The jobs of the cash, books and report groups and the follow-up list, as each opens on the sample workbook.
  for (const [job, name] of [
    ["Follow-up", "followUp"],
    ["Bank statements", "cash"],
    ["Write-off", "writeOff"],
    ["Recovery", "recovery"],
    ["Provision", "provision"],
    ["Journal", "journal"],
    ["Dashboard", "dashboard"],
    ["Statements", "statements"],
  ] as const) {
    it(`${job}, as it opens on the sample workbook`, async () => {
      await openJob(page, job);
      await page.waitForTimeout(1500);
      await expectFits(name);
    });
  }

  it("Settings, with the pane's language and the letterhead", async () => {
    await openJob(page, "Settings");
    await pane().getByRole("textbox", { name: "Company name" }).fill("Rossi Forniture e Servizi per l'Industria S.r.l.");
    await expectFits("settings");
  });

  it("the navigation with its menu open, in German (the longest labels)", async () => {
    await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("de");
    await pane().getByRole("button", { name: "Einstellungen, alle Aufgaben" }).waitFor();
    await expectFits("settings-de");
    await page.evaluate(() => window.scrollTo(0, 0));
    await pane().getByRole("navigation", { name: "Aufgaben" }).getByRole("button", { name: "Einstellungen, alle Aufgaben" }).click();
    const menu = page.getByRole("menu");
    await menu.waitFor();
    // Let the menu's fade-in finish, for the screenshot.
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
    const box = (await menu.boundingBox())!;
    const paneBox = (await pane().boundingBox())!;
    await page.screenshot({ path: path.join(OUT, "menu-de.png"), clip: { x: paneBox.x, y: 0, width: paneBox.width, height: HEIGHT } });
    expect(box.x + box.width).toBeLessThanOrEqual(paneBox.x + paneBox.width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
    // The pane stays in view around the open menu (nothing of the menu's covers it).
    const around = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest("aside") !== null, [paneBox.x + paneBox.width - 20, HEIGHT - 40]);
    expect(around).toBe(true);
    await page.keyboard.press("Escape");
    expect(pageErrors).toEqual([]);
  });
});
