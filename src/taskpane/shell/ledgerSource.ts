/** Where the Aging panel reads a ledger from: an Excel table, or the used range of a sheet. */
import { t } from "../../i18n";
import { isOwnedSheet, RangeData, WorkbookPort } from "../../workbook/port";

export type LedgerSource = { readonly kind: "table"; readonly name: string; readonly sheet: string } | { readonly kind: "sheet"; readonly name: string };

export function sourceKey(source: LedgerSource): string {
  return `${source.kind}:${source.name}`;
}

export function describeSource(source: LedgerSource): string {
  return source.kind === "table" ? t("pane.aging.sourceTable", { name: source.name, sheet: source.sheet }) : t("pane.aging.sourceSheet", { name: source.name });
}

export interface SourceList {
  readonly sources: readonly LedgerSource[];
  /** A table on the active sheet, else the active sheet, else the first table or user sheet. */
  readonly preferred: LedgerSource | null;
}

/** Tables and user sheets (never the add-in's own "AR " sheets), with the one to start from. */
export async function listSources(port: WorkbookPort): Promise<SourceList> {
  const [tables, sheets, active] = await Promise.all([port.listTables(), port.listSheets(), port.activeSheet()]);
  const tableSources: LedgerSource[] = tables.filter((tb) => !isOwnedSheet(tb.sheet)).map((tb) => ({ kind: "table", name: tb.name, sheet: tb.sheet }));
  const sheetSources: LedgerSource[] = sheets.filter((s) => !isOwnedSheet(s)).map((s) => ({ kind: "sheet", name: s }));
  const sources = [...tableSources, ...sheetSources];
  const preferred =
    tableSources.find((s) => s.kind === "table" && s.sheet === active) ?? sheetSources.find((s) => s.name === active) ?? sources[0] ?? null;
  return { sources, preferred };
}

export function readSource(port: WorkbookPort, source: LedgerSource): Promise<RangeData> {
  return source.kind === "table" ? port.readTable(source.name) : port.readUsedRange(source.name);
}
