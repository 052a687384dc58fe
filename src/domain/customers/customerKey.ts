import { normalizeHeader } from "../ledger";

/**
 * One customer key for every job (plans, promises, dunning, statements, cash, write-offs): a
 * customer is its id when it has one (the ledger's customer id column, else the `AR Customers` id
 * whose legal name matches), else its name. Two customers are the same when both have an id and the
 * ids match, else when their names match ignoring case, accents, punctuation and spacing: a register
 * row written before ids were kept (only a name) still finds its customer.
 */

/** A customer as a register or a ledger names it: the name, and the id when there is one. */
export interface CustomerRef {
  readonly customer: string;
  /** The customer's id in the ERP or in AR Customers; "" or absent when none is known. */
  readonly customerId?: string;
}

/** One customer of `AR Customers`: its stable id (C-000001) and legal name. */
export interface DirectoryEntry {
  readonly id: string;
  readonly name: string;
}

/**
 * A customer name in comparable form: letters and digits only, lower case, accents folded.
 *
 * @example
 * customerMatchKey("Rossi S.r.l.") //=> "rossisrl"
 */
export function customerMatchKey(name: string): string {
  return normalizeHeader(name).replace(/ /g, "");
}

/**
 * A customer id in comparable form: trimmed, upper case, inner spaces single.
 *
 * @example
 * customerIdKey(" c-000001 ") //=> "C-000001"
 */
export function customerIdKey(id: string | undefined): string {
  return (id ?? "").trim().replace(/\s+/g, " ").toUpperCase();
}

/**
 * True when two names are the same customer's: equal ignoring case, accents, punctuation and spacing.
 *
 * @example
 * sameCustomerName("ROSSI S.R.L.", "Rossi srl") //=> true
 */
export function sameCustomerName(a: string, b: string): boolean {
  return customerMatchKey(a) === customerMatchKey(b);
}

/**
 * True when two references name the same customer: by id when both have one, else by name.
 *
 * @example
 * sameCustomer({ customer: "Rossi", customerId: "1001" }, { customer: "Rossi S.r.l.", customerId: "1001" }) //=> true
 * sameCustomer({ customer: "Rossi", customerId: "1001" }, { customer: "Rossi", customerId: "1002" }) //=> false
 * sameCustomer({ customer: "Rossi", customerId: "" }, { customer: "ROSSI", customerId: "1002" }) //=> true
 */
export function sameCustomer(a: CustomerRef, b: CustomerRef): boolean {
  const idA = customerIdKey(a.customerId);
  const idB = customerIdKey(b.customerId);
  return idA !== "" && idB !== "" ? idA === idB : sameCustomerName(a.customer, b.customer);
}

/**
 * The key a customer is grouped and looked up by: `id:` and its id when it has one, else `name:` and
 * its name in comparable form.
 *
 * @example
 * customerKeyOf({ customer: "Rossi S.r.l.", customerId: "c-1" }) //=> "id:C-1"
 * customerKeyOf({ customer: "Rossi S.r.l." }) //=> "name:rossisrl"
 */
export function customerKeyOf(ref: CustomerRef): string {
  const id = customerIdKey(ref.customerId);
  return id !== "" ? `id:${id}` : `name:${customerMatchKey(ref.customer)}`;
}

/**
 * The id of a customer by the key rule: its own id when it has one, else the `AR Customers` id whose
 * legal name matches (only when exactly one customer of the directory has that name), else "".
 *
 * @example
 * customerIdOf({ customer: "ROSSI SRL" }, [{ id: "C-000007", name: "Rossi S.r.l." }]) //=> "C-000007"
 * customerIdOf({ customer: "Rossi", customerId: "1001" }, [{ id: "C-000007", name: "Rossi" }]) //=> "1001"
 */
export function customerIdOf(ref: CustomerRef, directory: readonly DirectoryEntry[]): string {
  return customerIdLookup(directory)(ref);
}

/**
 * customerIdOf for many customers against one directory, indexed once.
 *
 * @example
 * customerIdLookup([{ id: "C-000001", name: "Harper Ltd" }])({ customer: "HARPER LTD." }) //=> "C-000001"
 */
export function customerIdLookup(directory: readonly DirectoryEntry[]): (ref: CustomerRef) => string {
  const byName = new Map<string, string | null>();
  for (const entry of directory) {
    const id = entry.id.trim();
    const name = customerMatchKey(entry.name);
    if (id === "" || name === "") continue;
    const seen = byName.get(name);
    // Two customers of one name: the name alone cannot tell them apart.
    byName.set(name, seen === undefined || seen === id ? id : null);
  }
  return (ref) => {
    const own = (ref.customerId ?? "").trim();
    // Without a directory there is no name to look up (and no name to normalise, 50,000 times over).
    if (own !== "" || byName.size === 0) return own;
    return byName.get(customerMatchKey(ref.customer)) ?? "";
  };
}
