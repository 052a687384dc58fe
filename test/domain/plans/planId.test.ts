import { ymdToSerial } from "../../../src/domain/core/dates";
import { customerKey, MAX_CUSTOMER_KEY } from "../../../src/domain/plans/customerKey";
import { letterSheetName, planId, planSheetName } from "../../../src/domain/plans/planId";
import { isOwnedSheet } from "../../../src/workbook/port";

const DAY = ymdToSerial(2026, 11, 25);

describe("customerKey", () => {
  it("keeps a short name's letters and digits in upper case", () => {
    expect(customerKey("Harper Ltd")).toBe("HARPERLTD");
  });

  it("shortens a long name deterministically, with a hash that tells names sharing a start apart", () => {
    const a = customerKey("Rossi Forniture S.r.l.");
    expect(a).toMatch(/^ROSSI-[0-9A-F]{4}$/);
    expect(customerKey("Rossi Forniture S.r.l.")).toBe(a);
    expect(customerKey("rossi  forniture srl")).toBe(a);
    expect(customerKey("Rossi Formaggi S.p.A.")).not.toBe(a);
  });

  it("is at most 10 characters and sheet-name safe for any name", () => {
    for (const name of ["Müller Maschinenbau GmbH", "Lefèvre Équipements SAS", "A/B:C*D?[E]", "", "株式会社"]) {
      const key = customerKey(name);
      expect(key.length).toBeLessThanOrEqual(MAX_CUSTOMER_KEY);
      expect(key).toMatch(/^[A-Z0-9-]+$/);
    }
  });
});

describe("planId", () => {
  it("is stable: the same customer and day give the same id, and ids already given are kept", () => {
    const first = planId("Harper Ltd", DAY, []);
    expect(first).toBe("HARPERLTD-261125");
    expect(planId("Harper Ltd", DAY, [])).toBe(first);
    expect(planId("Harper Ltd", DAY, [first])).toBe("HARPERLTD-261125-2");
    expect(planId("Harper Ltd", DAY, [first, "HARPERLTD-261125-2"])).toBe("HARPERLTD-261125-3");
    expect(planId("Harper Ltd", DAY + 1, [first])).toBe("HARPERLTD-261126");
  });

  it("gives sheet names Excel accepts (31 characters) and the add-in owns", () => {
    const long = "Lefèvre Équipements et Fournitures Industrielles SAS";
    const id = planId(long, DAY, Array.from({ length: 12 }, (_, k) => (k === 0 ? planId(long, DAY, []) : `${planId(long, DAY, [])}-${k + 1}`)));
    expect(isOwnedSheet(letterSheetName(id))).toBe(true);
    expect(letterSheetName(id)).toContain(id);
    const sheet = planSheetName(long, DAY, []);
    expect(sheet).toMatch(/^AR Plan LEFEV-[0-9A-F]{4} 2026-11-25$/);
    expect(isOwnedSheet(sheet)).toBe(true);
    expect(planSheetName(long, DAY, [sheet])).toBe(`${sheet} 2`);
    expect(planSheetName(long, DAY, [sheet]).length).toBeLessThanOrEqual(31);
  });
});
