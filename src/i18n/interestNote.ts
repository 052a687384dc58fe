import { serialToIso } from "../domain/core";
import { RateNote } from "../domain/interest";
import { t } from "./index";

/** "2.15%": a rate in millionths of one as a percentage, up to four decimals. */
export function ratePercentText(micro: number): string {
  return `${Number((micro / 10_000).toFixed(4))}%`;
}

/**
 * The sentence of an interest note (a rate marked unconfirmed, or a date past the known rates), shared
 * by AR.INTERESTDETAIL's note rows and the Interest claim panel.
 *
 * @example
 * interestNoteText(note) //=> "no Bank of England Bank Rate is known after 2025-12-18: for 2025-12-31 the last known rate (3.75%) is used"
 */
export function interestNoteText(note: RateNote): string {
  const { lookup } = note;
  const series = t(`interest.series.${lookup.series}`);
  const rate = ratePercentText(lookup.entry.micro);
  if (note.kind === "unconfirmed") return t("interest.note.unconfirmed", { series, from: serialToIso(lookup.entry.from), rate, date: serialToIso(lookup.date) });
  return t("interest.note.beyond", { series, known: serialToIso(lookup.knownThrough), date: serialToIso(lookup.date), rate });
}
