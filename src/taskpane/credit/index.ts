/** What the credit panels share with the other jobs: the credit log and the policy in force. */
export { appendCreditLog } from "./creditLog";
export type { CreditLogEntry } from "./creditLog";
export { loadPolicy, writePolicyTemplate } from "./policySource";
