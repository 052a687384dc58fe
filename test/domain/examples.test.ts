import { readdirSync, readFileSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";

/*
 * The `@example` lines of the domain (and of src/i18n/*.ts) run: each `call //=> value` (the value may
 * be on the next line) is evaluated with the exports of its module in scope and compared with the value.
 * The value is read as JavaScript, with a few conventions of these comments:
 *   - a parenthesised remark after a value is ignored: `//=> 101 (the double is 1.00499999…)`, and
 *     inside objects `dueDate: 46387 (2026-12-31)`;
 *   - `…` in an object stands for keys left out: `{ decision: "Refer", … }` checks only the keys given;
 *   - `Float64Array [1, 2]` is a typed array; `-75.62319...` is a number that starts with those digits;
 *   - numbers are equal when they are the same double up to rounding noise (a few units in the last place).
 * An example that cannot be evaluated (it needs a fixture the comment only names, or has no `//=>`) must
 * be listed below with the reason; any other one that fails to evaluate, a malformed one included, fails.
 */

const ROOT = join(__dirname, "../..");
const SRC = join(ROOT, "src");

/** Examples that cannot run on their own, by "file: call", with why. Keep it short: prefer a runnable example. */
const NOT_RUNNABLE: Readonly<Record<string, string>> = {
  // aging.ts is being changed by the lead: this remark could become `//=> undefined` there.
  "src/domain/aging/aging.ts: checkBucketDays([30, 60, 90]) // ok": "no //=> value: says it does not throw",
  "src/domain/credit/review.ts: holdList(lines).every((l) => l.hold.length > 0)": "needs a list of review lines named lines",
  "src/domain/customers/newAccount.ts: checkNewAccount({ ...form, iban: \"GB82 WEST 1234 5698 7654 33\" }, 46351).problems[0]": "needs a filled-in form named form",
  "src/domain/customers/newAccount.ts: newAccountWarnings({ ...form, country: \"DE\", vatId: \"IT00743110157\" })": "needs a filled-in form named form",
  "src/domain/interest/claim.ts: invoicesByCustomer(readLedger(values).rows)[0].invoices[0].principal": "needs a ledger range named values",
  "src/domain/interest/claim.ts: interestClaim(invoices, [], null, { endDate: 46351, jurisdiction: \"DE\", b2c: false, contractualRate: null }).totals[0].fee": "needs a customer's invoices named invoices",
  "src/i18n/interestNote.ts: interestNoteText(note)": "needs a rate note named note",
  "src/domain/plans/openItems.ts: openItemsByCustomer(readLedger(values).rows)[0].disputed.length": "needs a ledger range named values",
  "src/domain/plans/register.ts: addPlan([old], { ...renegotiated, replaces: old.id }, \"lost a large customer\")[0].status": "needs plans named old and renegotiated",
  "src/domain/plans/tracking.ts: reinstatePlan({ ...plan, brokenOn: 46400, brokenArrears: 10000 }, 46410, \"arrears paid on 2027-01-15\").history": "needs a plan named plan",
  "src/domain/plans/tracking.ts: trackPlan(plan, [], plan.firstDue + 8).brokenOn": "needs a plan named plan",
};

interface Example {
  readonly file: string;
  readonly line: number;
  readonly call: string;
  /** The text after //=>; null when the line has none. */
  readonly expected: string | null;
}

const key = (e: Example) => `${e.file}: ${e.call}`;

function sourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : []));
  const i18n = readdirSync(join(SRC, "i18n")).filter((f) => f.endsWith(".ts")).map((f) => join(SRC, "i18n", f));
  return [...walk(join(SRC, "domain")), ...i18n].sort();
}

/** The example lines of each @example section of each JSDoc comment, with the call and the value. */
function readExamples(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const rel = relative(ROOT, file).split("\\").join("/");
  const out: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const firstLine = text.slice(0, comment.index).split("\n").length;
    const lines = comment[0].split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, "").replace(/\s*\*\/\s*$/, ""));
    let inExample = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i].trim();
      if (l.startsWith("@")) {
        inExample = l.startsWith("@example");
        continue;
      }
      if (!inExample || l === "") continue;
      const line = firstLine + i;
      const at = l.indexOf("//=>");
      if (at > 0) out.push({ file: rel, line, call: l.slice(0, at).trim(), expected: l.slice(at + 4).trim() });
      else if (at < 0 && lines[i + 1]?.trim().startsWith("//=>")) {
        out.push({ file: rel, line, call: l, expected: lines[i + 1].trim().slice(4).trim() });
        i++;
      } else out.push({ file: rel, line, call: l, expected: null });
    }
  }
  return out;
}

const EXAMPLES = sourceFiles().flatMap(readExamples);

// ---- reading the expected value ------------------------------------------------------------------

/** The index of the bracket closing the one at `open`, skipping string literals. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") i = endOfString(text, i);
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c) && --depth === 0) return i;
  }
  return -1;
}

function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === text[start]) return i;
  }
  return text.length;
}

/** The closing parenthesis of a remark opened at `open`, counting only parentheses; -1 when unclosed. */
function remarkEnd(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === "(") depth++;
    else if (text[j] === ")" && --depth === 0) return j;
  }
  return -1;
}

/** The expected value as JavaScript: remarks dropped, `…` and typed arrays rewritten. */
function expectedAsJs(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") {
      const end = endOfString(text, i);
      out += text.slice(i, end + 1);
      i = end;
    } else if (c === "(" && /[\w"'\]}.]\s+$/.test(out) && remarkEnd(text, i) > 0) {
      // A remark after a value: skip to its closing parenthesis, whatever it holds (apostrophes too).
      out = out.trimEnd();
      i = remarkEnd(text, i);
    } else if (c === "…") {
      out += "...__rest__,";
    } else {
      const typed = /^(Float64Array|Float32Array|Int32Array|Uint8Array)\s+\[/.exec(text.slice(i));
      if (typed && !/[\w.]$/.test(out)) {
        const open = i + typed[0].length - 1;
        const close = closing(text, open);
        out += `new ${typed[1]}(${expectedAsJs(text.slice(open, close + 1))})`;
        i = close;
      } else out += c;
    }
  }
  return out.trim();
}

/** Marks an object whose other keys are left out (`…`). */
const REST = Symbol("rest");
const PREFIX = /^(-?\d+\.\d+)\.\.\.$/;

function sameNumber(a: number, b: number): boolean {
  if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) return true;
  return Math.abs(a - b) <= 4 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b));
}

/** Where `actual` differs from `expected`; null when it matches. */
function difference(actual: unknown, expected: unknown, path = "value"): string | null {
  if (typeof expected === "number") return typeof actual === "number" && sameNumber(actual, expected) ? null : `${path} is ${String(actual)}, not ${expected}`;
  if (ArrayBuffer.isView(expected)) {
    if (!ArrayBuffer.isView(actual) || actual.constructor !== expected.constructor) return `${path} is not a ${expected.constructor.name}`;
    return difference(Array.from(actual as unknown as ArrayLike<number>), Array.from(expected as unknown as ArrayLike<number>), path);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path} is not an array: ${String(actual)}`;
    if (actual.length !== expected.length) return `${path} has ${actual.length} items, not ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const d = difference(actual[i], expected[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return `${path} is not an object: ${String(actual)}`;
    const partial = REST in expected;
    const keys = Object.keys(expected);
    if (!partial) {
      const extra = Object.keys(actual).filter((k) => !keys.includes(k) && (actual as Record<string, unknown>)[k] !== undefined);
      if (extra.length > 0) return `${path} also has ${extra.join(", ")}`;
    }
    for (const k of keys) {
      const d = difference((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${path} is ${JSON.stringify(actual) ?? String(actual)}, not ${JSON.stringify(expected) ?? String(expected)}`;
}

// ---- evaluating ------------------------------------------------------------------------------------

const scopes = new Map<string, Record<string, unknown>>();

/** What an example of `file` sees: every domain job's exports, its own job's, then its module's own. */
async function scopeOf(file: string): Promise<Record<string, unknown>> {
  const cached = scopes.get(file);
  if (cached) return cached;
  const load = (path: string) => import(join(ROOT, path)) as Promise<Record<string, unknown>>;
  const scope: Record<string, unknown> = {};
  if (file.startsWith("src/domain/")) {
    const jobs = readdirSync(join(SRC, "domain")).filter((j) => !j.includes("."));
    const own = file.split("/")[2];
    for (const job of [...jobs.filter((j) => j !== own && j !== "core"), "core", own]) Object.assign(scope, await load(`src/domain/${job}/index.ts`));
  } else Object.assign(scope, await load("src/i18n/index.ts"));
  Object.assign(scope, await load(file));
  scopes.set(file, scope);
  return scope;
}

/** Evaluates a JavaScript or TypeScript expression with the names of `scope` bound. */
function evaluate(expression: string, scope: Record<string, unknown>): unknown {
  const js = ts.transpileModule(`__value = (${expression});`, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.None } }).outputText;
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== "default");
  const body = `"use strict"; let __value; ${js}; return __value;`;
  return new Function(...names, "__rest__", body)(...names.map((n) => scope[n]), { [REST]: true });
}

type Outcome = { kind: "ok" } | { kind: "wrong"; why: string } | { kind: "notRunnable"; why: string };

async function run(e: Example): Promise<Outcome> {
  if (e.expected === null) return { kind: "notRunnable", why: "no //=> value" };
  const scope = await scopeOf(e.file);
  let actual: unknown;
  try {
    actual = evaluate(e.call, scope);
  } catch (error) {
    return { kind: "notRunnable", why: `the call does not run: ${String(error)}` };
  }
  const prefix = PREFIX.exec(expectedAsJs(e.expected));
  if (prefix) return String(actual).startsWith(prefix[1]) ? { kind: "ok" } : { kind: "wrong", why: `value is ${String(actual)}, which does not start with ${prefix[1]}` };
  let expected: unknown;
  try {
    expected = evaluate(expectedAsJs(e.expected), scope);
  } catch (error) {
    return { kind: "notRunnable", why: `the value after //=> cannot be read: ${String(error)}` };
  }
  const why = difference(actual, expected);
  return why ? { kind: "wrong", why } : { kind: "ok" };
}

describe("the @example lines of the domain and of src/i18n", () => {
  it("are found: a comment format the reader misses would silently check nothing", () => {
    expect(EXAMPLES.length).toBeGreaterThan(80);
    expect(EXAMPLES.some((e) => e.file === "src/i18n/creditReason.ts" && e.expected !== null)).toBe(true);
  });

  const runnable = EXAMPLES.filter((e) => !(key(e) in NOT_RUNNABLE));
  const title = (e: Example) => `${e.file}:${e.line} ${e.call}`;
  it.each(runnable.map((e) => [title(e), e] as const))("%s", async (_, e) => {
    const outcome = await run(e);
    if (outcome.kind !== "ok") throw new Error(`${e.file}:${e.line} ${e.call}\n  ${outcome.kind === "wrong" ? "is wrong" : "cannot be evaluated"}: ${outcome.why}`);
  });

  it("lists exactly the examples that cannot run, each with a reason", async () => {
    const notRunnable: Record<string, string> = {};
    for (const e of EXAMPLES) {
      const outcome = await run(e);
      if (outcome.kind === "notRunnable") notRunnable[key(e)] = outcome.why;
    }
    expect(Object.keys(notRunnable).sort()).toEqual(Object.keys(NOT_RUNNABLE).sort());
  });
});
