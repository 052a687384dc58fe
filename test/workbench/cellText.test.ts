import { cellText } from "../../src/workbench/cellText";

describe("cellText", () => {
  it("shows a fraction under a percentage format as Excel does, and one decimal under 0.0", () => {
    expect(cellText(0.801599137463, "0.0%")).toBe("80.2%");
    expect(cellText(0.5, "0%")).toBe("50%");
    expect(cellText(221.609991942, "0.0")).toBe("221.6");
    expect(cellText(1234.5, "#,##0.00")).toBe("1,234.50");
  });
});
