import { CellInput, isBlank, parseDateText, isSerial, isValidYmd, Serial, serialToIso, ymdToSerial, DomainError } from "../core";
import { CREDIT_POLICY_COLUMNS, CreditPolicy, creditPolicyTable, EXAMPLE_CREDIT_POLICY, readCreditPolicy } from "./creditPolicy";

/**
 * The effective-dated policy table `AR Credit Policy`: the columns of AR.CREDITLIMIT's policy plus
 * `valid_from`. Rows sharing a valid_from form one version; the version in force on a date is the one
 * with the latest valid_from on or before it. A table without a valid_from column is one version in
 * force on every date.
 */

export const VALID_FROM = "valid_from";

export interface PolicyVersion {
  /** null for a table without a valid_from column (in force on every date). */
  readonly validFrom: Serial | null;
  readonly policy: CreditPolicy;
}

const key = (cell: CellInput) => (typeof cell === "string" ? cell.trim().toLowerCase().replace(/[\s-]+/g, "_") : "");

/**
 * The template a review writes when the workbook has no policy: the built-in example policy, valid
 * from `validFrom`, header first.
 *
 * @example
 * policyTemplate(46023)[1] //=> [46023, 580, 0.05, 0.35, 2000, 100]
 */
export function policyTemplate(validFrom: Serial, policy: CreditPolicy = EXAMPLE_CREDIT_POLICY): (string | number)[][] {
  const [header, ...bands] = creditPolicyTable(policy);
  return [[VALID_FROM, ...header], ...bands.map((band) => [validFrom, ...band])];
}

function validFromOf(cell: CellInput, row: number): Serial {
  if (isBlank(cell)) throw new DomainError("creditPanel.policy.validFromBlank", { row });
  if (typeof cell === "number" && isSerial(cell)) return cell;
  if (typeof cell === "string") {
    const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(cell);
    if (iso && isValidYmd(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return ymdToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const parsed = iso ? null : parseDateText(cell.trim(), "DMY");
    if (parsed?.ok) return parsed.serial;
  }
  throw new DomainError("creditPanel.policy.validFromNotADate", { row, text: String(cell).trim() });
}

/**
 * Reads the policy table into its versions, oldest first. The header is the first row naming
 * min_score (up to row 20); row numbers in messages count from the header as row 1, as in
 * AR.CREDITLIMIT's messages. Each version is checked as AR.CREDITLIMIT checks a policy: missing
 * columns, bands out of order or repeated (overlapping), bad cells and a table without bands are
 * errors naming the row and band.
 *
 * @example
 * readPolicyVersions(policyTemplate(46023)).length //=> 1
 */
export function readPolicyVersions(values: readonly (readonly CellInput[])[]): PolicyVersion[] {
  let h = values.findIndex((row, r) => r < 20 && (row ?? []).some((cell) => key(cell) === "min_score"));
  if (h < 0) h = 0;
  const rows = values.slice(h).map((row) => row ?? []);
  const header = rows[0] ?? [];
  const dateColumn = header.findIndex((cell) => key(cell) === VALID_FROM);
  if (dateColumn < 0) return [{ validFrom: null, policy: readCreditPolicy(rows) }];
  const groups = new Map<Serial, number[]>();
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    if (cells.every((c) => isBlank(c))) continue;
    const from = validFromOf(cells[dateColumn], r + 1);
    groups.set(from, [...(groups.get(from) ?? []), r]);
  }
  if (groups.size === 0) readCreditPolicy(rows.slice(0, 1).concat([[]]));
  // Each version is read over the whole table with the other versions' rows blanked, so the row
  // numbers in its messages are the table's.
  return [...groups.keys()]
    .sort((a, b) => a - b)
    .map((from) => {
      const mine = new Set(groups.get(from));
      const own = rows.map((cells, r) => (r === 0 || mine.has(r) ? cells : []));
      return { validFrom: from, policy: readCreditPolicy(own) };
    });
}

/**
 * The version in force on `date`: the latest valid_from on or before it. Throws when every version
 * starts later.
 *
 * @example
 * policyInForce(readPolicyVersions(policyTemplate(46023)), 46351).validFrom //=> 46023
 */
export function policyInForce(versions: readonly PolicyVersion[], date: Serial): PolicyVersion {
  let found: PolicyVersion | null = null;
  for (const v of versions) if (v.validFrom === null || v.validFrom <= date) found = v;
  if (!found) throw new DomainError("creditPanel.policy.noneInForce", { date: serialToIso(date), earliest: serialToIso(versions[0].validFrom!) });
  return found;
}

/** The policy table's columns, valid_from first, as the template writes them. */
export const POLICY_TABLE_COLUMNS: readonly string[] = [VALID_FROM, ...CREDIT_POLICY_COLUMNS];
