import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";

/* TypeScript's recommended rules, React's, and the Office add-in rules that catch Office.js misuse
 * (context.sync in a loop, reading before load/sync). Type checking itself is `npm run typecheck`. */
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
];
