import { readFileSync } from "node:fs";

/**
 * Lets Node load the export code's binary assets (the PDF fonts) as webpack's asset modules stand in
 * for them in tests: each module is the file as a data: URL. Import this first in a suite that
 * renders PDFs.
 */
const extensions = (require as unknown as { extensions: Record<string, (module: { exports: unknown }, filename: string) => void> }).extensions;
extensions[".ttf"] ??= (module, filename) => {
  module.exports = `data:application/octet-stream;base64,${readFileSync(filename).toString("base64")}`;
};
