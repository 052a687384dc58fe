import { execFileSync } from "child_process";
import * as path from "path";

/**
 * The import-boundary rules of eslint.config.mjs, run the way CI runs them (ESLint's own API on the
 * project's config), on code that breaks each rule as if it stood at the named path.
 */
const ROOT = path.resolve(__dirname, "../..");

interface Case {
  readonly file: string;
  readonly code: string;
}

const CASES: Record<string, Case> = {
  domainImportsReact: { file: "src/domain/aging/x.ts", code: 'import { useState } from "react";\nexport const s = useState;\n' },
  domainImportsPort: { file: "src/domain/aging/x.ts", code: 'import { WorkbookPort } from "../../workbook/port";\nexport type P = WorkbookPort;\n' },
  domainImportsPdf: { file: "src/domain/plans/x.ts", code: 'import { PDFDocument } from "pdf-lib";\nexport const d = PDFDocument;\n' },
  domainReadsClock: { file: "src/domain/core/x.ts", code: "export const now = () => Date.now();\nexport const today = () => new Date();\n" },
  domainUsesWindow: { file: "src/domain/core/x.ts", code: "export const w = () => window.location;\n" },
  jobReachesIntoJob: { file: "src/domain/plans/x.ts", code: 'import { altmanZScore } from "../credit/zScore";\nexport const z = altmanZScore;\n' },
  paneReachesIntoJob: { file: "src/taskpane/aging/x.ts", code: 'import { ageLedger } from "../../domain/aging/aging";\nexport const a = ageLedger;\n' },
  paneImportsFormula: { file: "src/taskpane/credit/x.ts", code: 'import { creditLimit } from "../../functions/credit";\nexport const c = creditLimit;\n' },
  exportImportsFormula: { file: "src/export/plans/x.ts", code: 'import { functions } from "../../functions";\nexport const f = functions;\n' },
  allowedJobIndex: { file: "src/domain/plans/x.ts", code: 'import { toMinor } from "../core";\nexport const m = toMinor;\n' },
  allowedPaneIndex: { file: "src/taskpane/aging/x.ts", code: 'import { readLedger } from "../../domain/ledger";\nexport const r = readLedger;\n' },
  allowedPureLibrary: { file: "src/domain/customers/x.ts", code: 'import { isValidIBAN } from "ibantools";\nimport { stdnum } from "stdnum";\nexport const v = [isValidIBAN, stdnum];\n' },
};

const SCRIPT = `
const { ESLint } = require("eslint");
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = {};
  for (const [name, c] of Object.entries(cases)) {
    const [result] = await eslint.lintText(c.code, { filePath: c.file });
    out[name] = result.messages.map((m) => m.ruleId);
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

describe("import boundaries (eslint.config.mjs)", () => {
  let rules: Record<string, (string | null)[]>;
  beforeAll(() => {
    rules = JSON.parse(execFileSync(process.execPath, ["-e", SCRIPT, JSON.stringify(CASES)], { cwd: ROOT, encoding: "utf8" }));
  }, 60_000);

  it.each([
    ["domainImportsReact", "no-restricted-imports"],
    ["domainImportsPort", "no-restricted-imports"],
    ["domainImportsPdf", "no-restricted-imports"],
    ["domainUsesWindow", "no-restricted-globals"],
    ["jobReachesIntoJob", "no-restricted-imports"],
    ["paneReachesIntoJob", "no-restricted-imports"],
    ["paneImportsFormula", "no-restricted-imports"],
    ["exportImportsFormula", "no-restricted-imports"],
  ])("refuses %s", (name, rule) => {
    expect(rules[name]).toContain(rule);
  });

  it("refuses a clock read in the domain, both Date.now() and new Date()", () => {
    expect(rules.domainReadsClock.filter((r) => r === "no-restricted-syntax")).toHaveLength(2);
  });

  it("lets a job take another job, and the pane take a job, through its index", () => {
    expect(rules.allowedJobIndex).toEqual([]);
    expect(rules.allowedPaneIndex).toEqual([]);
  });

  it("lets the domain use the pure number-validation libraries", () => {
    expect(rules.allowedPureLibrary).toEqual([]);
  });
});
