import { readFileSync } from "fs";
import * as path from "path";
import { speedParagraph, withSpeedParagraph } from "../../bench/lib/readmeSpeed";

const ROOT = path.resolve(__dirname, "../..");
const results = readFileSync(path.join(ROOT, "bench/results.md"), "utf8");

describe("the README's speed paragraph", () => {
  it("is the one made from bench/results.md, so the two cannot disagree", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(withSpeedParagraph(readme, results)).toBe(readme);
  });

  it("quotes the 1,048,576-row AR.AGING figures of the results file", () => {
    const row = results.split("\n").find((l) => l.startsWith("| 1,048,576 | ungrouped |"))!;
    const [, , , ms, , ratio, , , sumifs] = row.split("|").map((c) => c.trim());
    expect(speedParagraph(results)).toContain(`${ms} ms, ${ratio}`);
    expect(speedParagraph(results)).toContain(`${sumifs} faster than SUMIFS`);
  });

  it("quotes the Aging report's longest block at 1,048,576 rows, not the AR.AGING section's figures", () => {
    const section = results.slice(results.indexOf("## Aging report"));
    const row = section.split("\n").find((l) => l.startsWith("| 1,048,576 | ungrouped |"))!;
    const block = row.split("|").map((c) => c.trim())[6];
    expect(speedParagraph(results)).toContain(`at most ${block} ms between two pauses`);
  });

  it("changes when the results change", () => {
    const other = results.replace(/^(\| 1,048,576 \| ungrouped \| )[\d.]+/m, "$1999");
    expect(speedParagraph(other)).toContain("999 ms");
    expect(() => speedParagraph("# no rows")).toThrow(/npm run bench/);
  });
});
