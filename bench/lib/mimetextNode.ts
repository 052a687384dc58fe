import { readFileSync } from "node:fs";

/**
 * Lets Node require mimetext's browser build (the e-mail drafts of export/core/eml): its ".cjs.js"
 * file sits in a `"type": "module"` package, so Node would load it as ESM, and it requires Babel's ESM
 * helpers. Compiled here as the CommonJS it is, with the helpers' CommonJS twins, as jest.config maps
 * them. Import this before any suite that makes e-mail drafts.
 */
type Loader = (module: { _compile(code: string, filename: string): void }, filename: string) => void;
const extensions = (require as unknown as { extensions: Record<string, Loader> }).extensions;
const previous = extensions[".js"];
extensions[".js"] = (module, filename) => {
  if (!/[\\/]mimetext[\\/]dist[\\/]mimetext\.browser\.cjs\.js$/.test(filename)) return previous(module, filename);
  const code = readFileSync(filename, "utf8").replace(/@babel\/runtime-corejs3\/helpers\/esm\//g, "@babel/runtime-corejs3/helpers/");
  module._compile(code, filename);
};
