import { LetterDocument } from "../../export/plans/letterText";
import { ReportSheet } from "../../workbook/port";

/**
 * The workbook-native copy of an agreement letter (task-pane downloads fail on some Office hosts): the
 * letter's text above, the schedule as the sheet's table, then the closing lines below the header as
 * title lines cannot follow a table.
 */
export function letterSheet(name: string, doc: LetterDocument): ReportSheet {
  const title = [
    ...doc.letterhead,
    doc.date,
    doc.recipient,
    doc.title,
    doc.reference,
    doc.salutation,
    ...doc.intro,
    ...(doc.itemLines.length > 0 ? [doc.itemsHeading, ...doc.itemLines.map((l) => `- ${l}`)] : []),
    ...doc.terms,
    ...doc.after,
    doc.closing,
    doc.signer,
    doc.acceptance,
    `${doc.signature}: ______________________`,
    doc.scheduleHeading,
  ];
  return {
    name,
    title,
    columns: doc.table.headers.map((header) => ({ header, numberFormat: "@" })),
    rows: [...doc.table.rows.map((r) => [...r]), [...doc.table.total]],
  };
}
