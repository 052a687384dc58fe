import { Serial, Minor } from "../../domain/core";
import { letterAmount, letterDate } from "../../export/core/letterFormat";
import { getLanguage } from "../../i18n";

/** An amount as the pane's language writes it. */
export const paneAmount = (minor: Minor): string => letterAmount(minor, getLanguage());

/** A date as the pane's language writes it. */
export const paneDate = (serial: Serial): string => letterDate(serial, getLanguage());
