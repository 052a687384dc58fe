import { Serial, Minor } from "../../domain/core";
import { letterAmount } from "../../export/core/letterFormat";
import { getLanguage } from "../../i18n";
import { formatPaneDate } from "../shell/paneDates";

/** An amount as the pane's language writes it. */
export const paneAmount = (minor: Minor): string => letterAmount(minor, getLanguage());

/** A date as the pane shows every date ("31 Dec 2026" in the pane's language; see shell/paneDates). */
export const paneDate = (serial: Serial): string => formatPaneDate(serial);
