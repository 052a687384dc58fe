import { mergeReports } from "../../bench/lib/table";

const report = (date: string, load: string, sections: [string, string][]) =>
  ["# Credit Desk benchmarks", "", `- Date: ${date}`, `- Load average (1 min) at start: ${load}`, "", ...sections.map(([title, body]) => `## ${title}\n\n${body}\n`)].join("\n");

describe("mergeReports", () => {
  it("replaces the sections run again, keeps the others where they were, and says which are older", () => {
    const previous = report("2026-11-27", "1.47", [["AR.AGING", "old aging"], ["Aging report", "old report"], ["Bundle", "old bundle"]]);
    const fresh = report("2026-12-01", "0.50", [["Aging report", "new report"]]);
    const merged = mergeReports(previous, fresh);
    expect(merged).toContain("- Date: 2026-12-01");
    expect(merged).not.toContain("old report");
    expect(merged.indexOf("old aging")).toBeLessThan(merged.indexOf("new report"));
    expect(merged.indexOf("new report")).toBeLessThan(merged.indexOf("old bundle"));
    expect(merged).toContain("- Kept from the run of 2026-11-27 (load 1.47), not run this time: AR.AGING; Bundle");
    expect(merged.match(/^## /gm)).toHaveLength(3);
  });

  it("adds a section the previous report lacked, and is the fresh report when nothing is kept", () => {
    const previous = report("2026-11-27", "1.47", [["Aging report", "old report"]]);
    const fresh = report("2026-12-01", "0.50", [["Aging report", "new report"], ["Bundle", "new bundle"]]);
    expect(mergeReports(previous, fresh)).toBe(fresh);
  });
});
