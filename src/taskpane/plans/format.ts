import { Serial, Minor } from "../../domain/core";
import { CustomerRef } from "../../domain/customers";
import { letterAmount, letterDate } from "../../export/core/letterFormat";
import { getLanguage, t } from "../../i18n";

/** An amount as the pane's language writes it. */
export const paneAmount = (minor: Minor): string => letterAmount(minor, getLanguage());

/** A date as the pane's language writes it. */
export const paneDate = (serial: Serial): string => letterDate(serial, getLanguage());

/** A customer as a picker lists it: the name, and the id beside it when there is one (two customers may share a name). */
export const customerLabel = (ref: CustomerRef): string => (ref.customerId ? t("planPanel.customerWithId", { name: ref.customer, id: ref.customerId }) : ref.customer);
