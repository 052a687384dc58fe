/**
 * The policy a credit job applies: the version of `AR Credit Policy` in force on the job's date, or,
 * when the workbook has no such sheet, the built-in example policy from the template (written by the
 * job together with its results, so a failed job writes nothing).
 */
import { Serial } from "../../domain/core";
import { policyInForce, PolicyVersion, policyTemplate, readPolicyVersions } from "../../domain/credit";
import { WorkbookPort } from "../../workbook/port";
import { readSheetIfAny, POLICY_SHEET } from "../shell/sheets";

export interface PolicyChoice {
  readonly version: PolicyVersion;
  /** The template to write when the workbook had no policy sheet; null when it had one. */
  readonly template: (string | number)[][] | null;
}

/** Reads the policy in force on `date`; throws a DomainError naming the band or cell when the table is bad. */
export async function loadPolicy(port: WorkbookPort, date: Serial): Promise<PolicyChoice> {
  const range = await readSheetIfAny(port, POLICY_SHEET);
  if (!range) {
    const template = policyTemplate(date);
    return { version: policyInForce(readPolicyVersions(template), date), template };
  }
  return { version: policyInForce(readPolicyVersions(range.values), date), template: null };
}

/** Writes the template as the visible `AR Credit Policy` table. */
export function writePolicyTemplate(port: WorkbookPort, template: (string | number)[][]): Promise<void> {
  const [header, ...rows] = template;
  return port.writeReport({
    name: POLICY_SHEET,
    tableName: "AR_Credit_Policy",
    columns: header.map((h, c) => ({ header: String(h), numberFormat: c === 0 ? "yyyy-mm-dd" : c === 2 || c === 3 ? "0%" : c >= 4 ? "#,##0.00" : "General" })),
    rows,
  });
}
