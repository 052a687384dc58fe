import * as fs from "fs";
import * as path from "path";
import { functions } from "../../src/functions";

/**
 * The built functions.json (generated from the formulas' JSDoc by custom-functions-metadata) against the
 * registry: every AR.* formula is declared, with its arguments and one-line descriptions.
 * Runs with the browser tests because it needs the production build.
 */
const DIST = path.resolve(__dirname, "../../dist");

interface Metadata {
  functions: { id: string; name: string; description: string; helpUrl?: string; parameters: { name: string; description?: string; optional?: boolean }[] }[];
}

describe("functions.json", () => {
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as Metadata;

  it("declares exactly the formulas of the registry", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(functions).sort());
  });

  it("gives each formula and argument a one-line description", () => {
    for (const f of metadata.functions) {
      expect([f.id, f.description.length > 20, /\n/.test(f.description)]).toEqual([f.id, true, false]);
      for (const p of f.parameters) expect([f.id, p.name, /\n/.test(p.description ?? "\n")]).toEqual([f.id, p.name, false]);
    }
  });

  it("declares as many arguments as the implementation takes", () => {
    for (const f of metadata.functions) {
      const impl = functions[f.id as keyof typeof functions] as (...args: unknown[]) => unknown;
      expect([f.id, f.parameters.length]).toEqual([f.id, impl.length]);
    }
  });
});
