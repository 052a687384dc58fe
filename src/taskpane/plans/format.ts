import { Serial, Minor } from "../../domain/core";
import { CustomerRef } from "../../domain/customers";
import { letterAmount } from "../../export/core/letterFormat";
import { getLanguage, t } from "../../i18n";
import { formatPaneDate } from "../shell/paneDates";

/** An amount as the pane's language writes it. */
export const paneAmount = (minor: Minor): string => letterAmount(minor, getLanguage());

/** A date as the pane shows every date ("31 Dec 2026" in the pane's language; see shell/paneDates). */
export const paneDate = (serial: Serial): string => formatPaneDate(serial);

/** A customer as a picker lists it: the name, and the id beside it when there is one (two customers may share a name). */
export const customerLabel = (ref: CustomerRef): string => (ref.customerId ? t("planPanel.customerWithId", { name: ref.customer, id: ref.customerId }) : ref.customer);
