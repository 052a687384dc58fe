/**
 * Invoice numbers as payers write them: "INV-2026-0042", "inv 2026/42", "fattura n. 42/2026",
 * "Rechnung 2026-0042". A number is compared by its groups of digits, leading zeros dropped, with a
 * year (19xx or 20xx) put first when it stands second of two groups ("42/2026" is "2026.42"); letters
 * and separators do not count. A group is a whole run of digits, so "2026-004417" is never "2026-0044".
 */

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The digit groups of a text, each without leading zeros ("0" stays "0"). */
export function digitGroups(text: string): string[] {
  const groups: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const digit = i < text.length && isDigit(text.charCodeAt(i));
    if (digit && start < 0) start = i;
    else if (!digit && start >= 0) {
      let from = start;
      while (from < i - 1 && text.charCodeAt(from) === 48) from++;
      groups.push(text.slice(from, i));
      start = -1;
    }
  }
  return groups;
}

const isYear = (group: string) => group.length === 4 && (group.startsWith("19") || group.startsWith("20"));

/** The comparable key of digit groups: joined with ".", a trailing year of two groups put first. */
export function groupsKey(groups: readonly string[]): string {
  if (groups.length === 2 && isYear(groups[1]) && !isYear(groups[0])) return `${groups[1]}.${groups[0]}`;
  return groups.join(".");
}

/**
 * The key an invoice number is found by; "" when it has no digits.
 *
 * @example
 * invoiceKey("INV-2026-0042") //=> "2026.42"
 * invoiceKey("fattura 42/2026") //=> "2026.42"
 */
export function invoiceKey(invoice: string): string {
  return groupsKey(digitGroups(invoice));
}

/** An invoice number's letters and digits, upper case: "INV-IT-10005" → "INVIT10005" (how RF bodies embed it). */
export function compactInvoice(invoice: string): string {
  return invoice.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/**
 * Candidate invoice keys in a remittance text: every run of one to three digit groups that stand next
 * to each other, separated by one space, dash, slash, dot or underscore. Single groups of fewer than
 * three digits are left out (days, months, counts). Longer runs come first, so "2026-0042" is tried
 * before "2026" and "42".
 *
 * @example
 * candidateKeys("Rechnung 2026-0042 vom 3.11.") //=> ["2026.42", "3.11", "2026"]
 */
export function candidateKeys(text: string): string[] {
  // Runs of digit groups joined by one separator, scanned by hand (every statement line goes through here).
  const runs: string[][] = [];
  let run: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isDigit((c = text.charCodeAt(i)))) i++;
    let from = start;
    while (from < i - 1 && text.charCodeAt(from) === 48) from++;
    run.push(text.slice(from, i));
    // One separator (space - / . _) followed by a digit continues the run.
    const sep = i < n ? text.charCodeAt(i) : 0;
    const continues = (sep === 32 || sep === 45 || sep === 47 || sep === 46 || sep === 95) && i + 1 < n && isDigit(text.charCodeAt(i + 1));
    if (continues) i++;
    else {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  const out: string[] = [];
  const seen = new Set<string>();
  for (let size = 3; size >= 1; size--) {
    for (const r of runs) {
      for (let k = 0; k + size <= r.length; k++) {
        if (size === 1 && r[k].length < 3) continue;
        const key = size === 1 ? r[k] : groupsKey(r.slice(k, k + size));
        if (!seen.has(key)) {
          seen.add(key);
          out.push(key);
        }
      }
    }
  }
  return out;
}
