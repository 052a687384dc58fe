import "../../src/workbench/customFunctionsShim";
import { ymdToSerial } from "../../src/domain/core";
import { setWorkbookRates } from "../../src/functions/interestRates";
import { FormulaCells } from "../../src/workbench/formulaCells";
import { createMemoryWorkbook } from "../../src/workbook/memoryWorkbook";

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);

afterEach(() => setWorkbookRates(null));

describe("the workbench as host of the interest formulas", () => {
  it("hands the grid's AR_Rates table to AR.LATEINTEREST, and recalculates when it changes", () => {
    const rates = [["jurisdiction", "from", "rate"], ["DE", d(2025, 7, 1), 0.01]];
    const wb = createMemoryWorkbook([{ name: "Claim", values: [] }, { name: "Rates", values: rates, tables: [{ name: "AR_Rates" }] }]);
    const cells = new FormulaCells(wb);
    cells.enter("Claim", 0, 0, '=AR.LATEINTEREST(10000,DATE(2025,5,31),DATE(2025,7,31),"DE")');
    expect(wb.values("Claim")[0][0]).toBe(177.56); // 92.63 + 84.93 at 1% + 9 for July
    wb.setValues("Rates", 1, 2, [[0.0127]]);
    cells.recalculate();
    expect(wb.values("Claim")[0][0]).toBe(179.85); // the shipped 1.27% again
  });

  it("uses the shipped rates when the workbook has no AR_Rates table", () => {
    const wb = createMemoryWorkbook([{ name: "Claim", values: [] }]);
    setWorkbookRates({ values: [["jurisdiction", "from", "rate"], ["DE", d(2025, 7, 1), 0.05]], dateSystem: 1900 });
    new FormulaCells(wb).enter("Claim", 0, 0, '=AR.LATEINTEREST(10000,DATE(2025,5,31),DATE(2025,7,31),"DE")');
    expect(wb.values("Claim")[0][0]).toBe(179.85);
  });
});
