/** Amounts and masked values as the credit panels show them. */
import { MASKED_AMOUNT, maskText } from "../../domain/customers";
import { Minor } from "../../domain/core";
import { getLanguage } from "../../i18n";
import { formatMoney as formatMoneyIn } from "../../i18n/numberFormat";

export function formatMoney(minor: Minor): string {
  return formatMoneyIn(minor, getLanguage());
}

/** An amount, or the mask when confidential values are hidden. */
export function confidentialMoney(minor: Minor, reveal: boolean): string {
  return reveal ? formatMoney(minor) : MASKED_AMOUNT;
}

/** A code (IBAN, ID number), or its masked form when confidential values are hidden. */
export function confidentialText(text: string, reveal: boolean): string {
  return reveal ? text : maskText(text);
}
