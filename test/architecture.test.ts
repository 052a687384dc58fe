import * as fs from "fs";
import * as path from "path";

/** The dependency rules of shared/DESIGN.md, checked on the source text. */
const SRC = path.resolve(__dirname, "../src");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

/**
 * The libraries the domain may use: pure computation, no I/O, no host, no clock (number validators
 * with their countries' check digits; the camt XML and MT940 parsers, text in, objects out). Anything else the domain needs it writes itself.
 */
const PURE_LIBRARIES = ["ibantools", "stdnum", "fast-xml-parser", "mt940js"];

const imports = (file: string) => [...withoutComments(fs.readFileSync(file, "utf8")).matchAll(/from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2]);

describe("architecture", () => {
  it("keeps src/domain pure: it imports only from src/domain and the pure libraries, and reads no clock, DOM or Office", () => {
    const domain = path.join(SRC, "domain");
    const offenders: string[] = [];
    for (const file of files(domain)) {
      for (const spec of imports(file)) {
        const outside = spec.startsWith(".") ? !path.resolve(path.dirname(file), spec).startsWith(domain) : !PURE_LIBRARIES.includes(spec);
        if (outside) offenders.push(`${path.relative(SRC, file)} imports ${spec}`);
      }
      const text = withoutComments(fs.readFileSync(file, "utf8"));
      for (const banned of [/Date\.now\(/, /new Date\(\s*\)/, /\bdocument\./, /\bwindow\./, /\bOffice\./, /\bExcel\./]) {
        if (banned.test(text)) offenders.push(`${path.relative(SRC, file)} uses ${banned}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("calls Excel.run only in the Office.js workbook adapter", () => {
    const offenders = files(SRC)
      .filter((f) => /Excel\.run\(/.test(fs.readFileSync(f, "utf8")))
      .map((f) => path.relative(SRC, f))
      .filter((f) => !f.startsWith(path.join("workbook", "office")));
    expect(offenders).toEqual([]);
  });

  it("keeps formula wrappers free of React and the workbook port", () => {
    const offenders = files(path.join(SRC, "functions")).flatMap((f) =>
      imports(f)
        .filter((s) => /react|fluentui|\/workbook|\/taskpane/.test(s))
        .map((s) => `${path.relative(SRC, f)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});
