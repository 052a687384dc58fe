import { detectDecimalMark, DomainError, fromMinor, Minor, parseAmountText } from "../core";
import { customerMatchKey } from "../customers";

/**
 * The write-off policy kept in `AR Settings`: the account codes, whether a write-off is charged to the
 * allowance for doubtful accounts (the IFRS 9 way, once a provision is booked) or straight to bad-debt
 * expense, and who may approve a write-off up to which amount.
 */

/** The settings keys this job reads (the first three are the Settings panel's account codes). */
export const POLICY_KEYS = {
  receivable: "accounts.receivable",
  allowance: "accounts.provision",
  expense: "accounts.writeOff",
  bank: "accounts.bank",
  recovered: "accounts.badDebtRecovered",
  method: "writeoffs.method",
  approvers: "writeoffs.approvers",
} as const;

export type WriteOffMethod = "allowance" | "expense";

export interface Accounts {
  readonly receivable: string;
  /** Allowance for doubtful accounts (the provision). */
  readonly allowance: string;
  /** Bad-debt expense. */
  readonly expense: string;
  readonly bank: string;
  /** Bad debts recovered (income), credited on a recovery under the expense method. */
  readonly recovered: string;
}

export interface Approver {
  readonly name: string;
  /** The largest write-off this person approves alone, in minor units. */
  readonly limit: Minor;
}

export interface WriteOffPolicy {
  readonly accounts: Accounts;
  readonly method: WriteOffMethod;
  readonly approvers: readonly Approver[];
}

/**
 * The approvers of a settings text: one per line, "name: limit" (the limit in major units, "5000",
 * "5.000" or "5,000.00"). Blank lines are skipped; a line without a readable limit throws naming it.
 *
 * @example
 * parseApprovers("Anna Rossi: 5,000\nMark Bell: 50000") //=> [{ name: "Anna Rossi", limit: 500000 }, { name: "Mark Bell", limit: 5000000 }]
 */
export function parseApprovers(text: string): Approver[] {
  const out: Approver[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const m = /^(.*?)\s*[:=]\s*([^:=]+)$/.exec(line);
    const limitText = m ? m[2].trim() : "";
    const read = m ? parseAmountText(limitText, detectDecimalMark([limitText]).mark) : null;
    if (!m || m[1] === "" || !read || !read.ok || read.minor < 0) throw new DomainError("writeoffs.approverLine", { line: i + 1, text: line });
    out.push({ name: m[1], limit: read.minor });
  });
  return out;
}

/**
 * The policy of a settings record. Every account code must be set: a missing one throws naming its
 * setting, so nothing is posted to an account that does not exist.
 */
export function readPolicy(settings: Readonly<Record<string, string>>): WriteOffPolicy {
  const code = (key: string) => {
    const value = (settings[key] ?? "").trim();
    if (value === "") throw new DomainError("writeoffs.noAccount", { setting: key });
    return value;
  };
  const method = (settings[POLICY_KEYS.method] ?? "").trim().toLowerCase() === "expense" ? "expense" : "allowance";
  return {
    accounts: { receivable: code(POLICY_KEYS.receivable), allowance: code(POLICY_KEYS.allowance), expense: code(POLICY_KEYS.expense), bank: code(POLICY_KEYS.bank), recovered: code(POLICY_KEYS.recovered) },
    method,
    approvers: parseApprovers(settings[POLICY_KEYS.approvers] ?? ""),
  };
}

/** The account a write-off debits and a reinstatement credits, by method. */
export function chargedAccount(policy: WriteOffPolicy): { writeOff: string; reinstate: string } {
  return policy.method === "allowance"
    ? { writeOff: policy.accounts.allowance, reinstate: policy.accounts.allowance }
    : { writeOff: policy.accounts.expense, reinstate: policy.accounts.recovered };
}

const findApprover = (approvers: readonly Approver[], name: string) => approvers.find((a) => customerMatchKey(a.name) === customerMatchKey(name));

/**
 * Checks who approves a write-off of `amount`: the approver must be in the policy; above their limit
 * a second approver, another person of the policy whose limit covers the amount, is needed. Returns
 * the names to record ("Anna Rossi" or "Anna Rossi + Mark Bell"); throws a DomainError saying what is
 * missing.
 *
 * @example
 * approve({ approvers: parseApprovers("Anna Rossi: 5000\nMark Bell: 50000") }, 300000, "Anna Rossi") //=> "Anna Rossi"
 * approve({ approvers: parseApprovers("Anna Rossi: 5000\nMark Bell: 50000") }, 900000, "Anna Rossi", "Mark Bell") //=> "Anna Rossi + Mark Bell"
 */
export function approve(policy: WriteOffPolicy, amount: Minor, approverName: string, secondName = ""): string {
  if (policy.approvers.length === 0) throw new DomainError("writeoffs.noApprovers");
  if (approverName.trim() === "") throw new DomainError("writeoffs.approverRequired");
  const first = findApprover(policy.approvers, approverName);
  if (!first) throw new DomainError("writeoffs.notApprover", { name: approverName.trim() });
  if (amount <= first.limit) return first.name;
  const limits = { name: first.name, limit: fromMinor(first.limit).toFixed(2), amount: fromMinor(amount).toFixed(2) };
  if (secondName.trim() === "") throw new DomainError("writeoffs.secondRequired", limits);
  const second = findApprover(policy.approvers, secondName);
  if (!second) throw new DomainError("writeoffs.notApprover", { name: secondName.trim() });
  if (second === first) throw new DomainError("writeoffs.sameApprover", { name: first.name });
  if (amount > second.limit) throw new DomainError("writeoffs.overLimit", { ...limits, second: second.name, secondLimit: fromMinor(second.limit).toFixed(2) });
  return `${first.name} + ${second.name}`;
}

/** True when `amount` needs a second approver after `approverName` (unknown approvers: false, the check says why). */
export function needsSecondApprover(policy: WriteOffPolicy, amount: Minor, approverName: string): boolean {
  const first = findApprover(policy.approvers, approverName);
  return first !== undefined && amount > first.limit;
}
