import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";

/* TypeScript's recommended rules, React's, and the Office add-in rules that catch Office.js misuse
 * (context.sync in a loop, reading before load/sync). Type checking itself is `npm run typecheck`. */

/* The dependency rules of shared/DESIGN.md. Dependencies point inward: taskpane → workbook port →
 * domain; functions → domain; export → domain. The domain imports no host, UI, export library or clock;
 * other folders take a domain job through its index.ts, never its internals; the pane and the export
 * code never reach into a formula wrapper (shared text belongs to i18n, shared logic to the domain). */
const HOST_AND_UI = ["react", "react-dom", "react-dom/*", "@fluentui/*", "@microsoft/office-js", "office-addin-*", "pdf-lib", "@pdf-lib/*", "docx", "exceljs", "fflate", "jszip", "papaparse", "playwright-core"];
const OUTSIDE_DOMAIN = ["**/taskpane", "**/taskpane/**", "**/workbook", "**/workbook/**", "**/functions", "**/functions/**", "**/export", "**/export/**", "**/workbench", "**/workbench/**", "**/samples", "**/samples/**", "**/i18n", "**/i18n/**", "**/commands/**"];
const restricted = (...groups) => ["error", { patterns: groups.map(([group, message]) => ({ group, message })) }];
const domainRule = [HOST_AND_UI, "The domain is pure: no host, UI or export library (shared/DESIGN.md)."];
const domainOutwardRule = [OUTSIDE_DOMAIN, "The domain imports nothing outside src/domain."];
const otherJobInternals = [["../*/*", "!../*/index"], "Import another job through its index.ts (../<job>), not its internals."];
const jobInternals = [["**/domain/*/*", "!**/domain/*/index"], "Import a domain job through its index.ts (domain/<job>), not its internals."];
const formulaWrappers = [["**/functions", "**/functions/**"], "The pane and the export code never import a formula wrapper: put shared text in i18n and shared logic in the domain."];
const boundaries = [
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": restricted(domainRule, domainOutwardRule, otherJobInternals),
      "no-restricted-globals": ["error", "window", "document", "navigator", "localStorage", "fetch", "XMLHttpRequest", "Office", "Excel", "setTimeout", "setInterval", "performance"],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "The domain reads no clock: the as-of date is a parameter." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "The domain reads no clock: the as-of date is a parameter." },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "The domain is deterministic: take a seeded generator from the caller." },
      ],
    },
  },
  { files: ["src/taskpane/**/*.{ts,tsx}", "src/export/**/*.{ts,tsx}"], rules: { "no-restricted-imports": restricted(jobInternals, formulaWrappers) } },
  { files: ["src/functions/**/*.ts", "src/workbook/**/*.ts", "src/workbench/**/*.{ts,tsx}", "src/i18n/**/*.ts", "src/samples/**/*.ts", "src/commands/**/*.ts", "bench/**/*.ts"], rules: { "no-restricted-imports": restricted(jobInternals) } },
];

export default [
  { ignores: ["dist/", "node_modules/", "coverage/", "test-results/", "**/*.js", "**/*.mjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.tsx"],
    plugins: { react },
    settings: { react: { version: "18" } },
    rules: { ...react.configs.recommended.rules, "react/react-in-jsx-scope": "off", "react/prop-types": "off" },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    rules: {
      // Formula wrappers take `any` on purpose: a parameter typed number or boolean lets Excel answer a
      // bare #VALUE! before our code can name the problem.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  ...boundaries,
];
