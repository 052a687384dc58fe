/** State and actions of the Cash panel: load a statement, match it to the ledger, confirm, assign, apply. */
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  DEFAULT_MATCH_SETTINGS,
  assignLine,
  confirmLine,
  CsvField,
  csvStatementLayout,
  CsvStatementLayout,
  matchStatement,
  MatchRun,
  MatchSettings,
  readCsvStatement,
  readStatementCells,
  readStatementText,
  StatementRead,
  unmatchLine,
} from "../../domain/cash";
import { CellInput, parseAmountText } from "../../domain/core";
import { NOT_MAPPED } from "../../domain/ledger";
import { isOwnedSheet, WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { ColumnChoice, columnChoices } from "../shell/columnChoices";
import { LedgerSource, listSources, sourceKey } from "../shell/ledgerSource";
import { useTask, TaskState } from "../shell/useTask";
import { Applied, applyRun, CashContext, loadContext, PriorImport, priorImports } from "./cashWorkbook";
import { decodeStatement, fileBytes, loadCsvParser } from "./statementFile";

/** The cells of a statement read as CSV, kept to read them again with other columns (the file is not read again). */
export interface CsvCells {
  readonly values: readonly (readonly CellInput[])[];
  readonly file: string;
  /** Sheet row and column (0-based) of the cells' first cell: 0 and 0 for a file. */
  readonly row: number;
  readonly column: number;
  /** The columns chosen by hand (NOT_MAPPED: left unread). */
  readonly mapping: Partial<Record<CsvField, number>>;
}

/** The CSV columns as the pane shows them: what the reader found and the columns to choose from. */
export interface CsvMapping {
  readonly file: string;
  readonly row: number;
  readonly layout: CsvStatementLayout;
  readonly columns: readonly ColumnChoice[];
}

export interface Loaded {
  readonly read: StatementRead;
  /** The cells, when the statement was read as CSV. */
  readonly csv: CsvCells | null;
  readonly context: CashContext | null;
  readonly run: MatchRun | null;
  readonly prior: readonly PriorImport[];
  /** The statement's currencies that none of the open items is in, when no credit line is in theirs. */
  readonly otherCurrency: string;
}

export interface CashPanelState {
  readonly sources: readonly LedgerSource[];
  readonly ledger: LedgerSource | null;
  readonly sheets: readonly string[];
  readonly sheet: string;
  readonly load: TaskState<Loaded>;
  readonly run: MatchRun | null;
  readonly apply: TaskState<Applied>;
  readonly applied: boolean;
  /** The CSV columns of the statement read, null for camt and MT940. */
  readonly csv: CsvMapping | null;
  chooseLedger(key: string): void;
  chooseSheet(name: string): void;
  readFile(file: File): void;
  readSheet(): void;
  /** Reads the same CSV cells again with `field` from `column` (null: not used) and matches them again. */
  mapCsvField(field: CsvField, column: number | null): void;
  confirm(at: number): void;
  refuse(at: number): void;
  assign(at: number, customer: number): void;
  applyNow(): void;
}

/** The tolerance of Settings: bank charges up to an amount, a discount up to a percentage. */
export function settingsTolerance(settings: Readonly<Record<string, string>>): MatchSettings {
  const amount = parseAmountText((settings["cash.toleranceAmount"] ?? "").trim(), (settings["cash.toleranceAmount"] ?? "").includes(",") ? "," : ".");
  const pctText = (settings["cash.tolerancePercent"] ?? "").replace("%", "").replace(",", ".").trim();
  const pct = pctText === "" ? NaN : Number(pctText);
  return {
    ...DEFAULT_MATCH_SETTINGS,
    toleranceAmount: amount.ok && amount.minor >= 0 ? amount.minor : DEFAULT_MATCH_SETTINGS.toleranceAmount,
    tolerancePercent: Number.isFinite(pct) && pct >= 0 && pct <= 100 ? pct / 100 : DEFAULT_MATCH_SETTINGS.tolerancePercent,
  };
}

async function matchRead(port: WorkbookPort, ledger: LedgerSource | null, read: StatementRead, csv: CsvCells | null): Promise<Loaded> {
  if (read.problems.length > 0 || !ledger) return { read, csv, context: null, run: null, prior: [], otherCurrency: "" };
  const [context, prior, settings] = await Promise.all([loadContext(port, ledger), priorImports(port, read), port.readSettings()]);
  const credits = read.lines.filter((l) => l.direction === "credit" && !l.reversal);
  const currencies = context.index.currencies;
  const foreign = credits.length > 0 && !currencies.has("") && credits.every((l) => l.currency !== "" && !currencies.has(l.currency));
  const otherCurrency = foreign ? [...new Set(credits.map((l) => l.currency))].join(", ") : "";
  const run = matchStatement(read.lines, context.index, settingsTolerance(settings));
  return { read, csv, context, run, prior, otherCurrency };
}

export function useCashPanel(port: WorkbookPort, today: string): CashPanelState {
  const [sources, setSources] = useState<readonly LedgerSource[]>([]);
  const [ledger, setLedger] = useState<LedgerSource | null>(null);
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [sheet, setSheet] = useState("");
  const [run, setRun] = useState<MatchRun | null>(null);
  const [applied, setApplied] = useState(false);
  const [csvCells, setCsvCells] = useState<CsvCells | null>(null);
  const load = useTask(
    async (_run, input: { kind: "file"; file: File } | { kind: "sheet"; name: string } | { kind: "csv"; csv: CsvCells }, source: LedgerSource | null) => {
      let read: StatementRead;
      let csv: CsvCells | null = null;
      if (input.kind === "file") {
        const text = decodeStatement(await fileBytes(input.file));
        const parseCsv = await loadCsvParser();
        read = readStatementText(text, input.file.name, (csvText) => {
          const values = parseCsv(csvText);
          csv = { values, file: input.file.name, row: 0, column: 0, mapping: {} };
          return values;
        });
      } else if (input.kind === "sheet") {
        const range = await port.readUsedRange(input.name);
        read = readStatementCells(range.values, input.name);
        if (read.format === "csv") csv = { values: range.values, file: input.name, row: range.row, column: range.column, mapping: {} };
      } else {
        csv = input.csv;
        read = readCsvStatement(csv.values, csv.file, { mapping: csv.mapping });
      }
      return matchRead(port, source, read, csv);
    },
    {
      onDone: (loaded) => {
        setRun(loaded.run);
        setCsvCells(loaded.csv);
        setApplied(false);
      },
    },
  );
  const applyTask = useTask<Applied, [MatchRun, StatementRead]>(async (_run, current: MatchRun, read: StatementRead) => applyRun(port, current, read, isoToSerial(today) ?? 0), { onDone: () => setApplied(true) });
  const { fail } = load;

  useEffect(() => {
    let live = true;
    Promise.all([listSources(port), port.listSheets()])
      .then(([list, all]) => {
        if (!live) return;
        setSources(list.sources);
        setLedger(list.preferred);
        const own = all.filter((s) => !isOwnedSheet(s));
        setSheets(own);
        setSheet(own[0] ?? "");
      })
      .catch((error) => live && fail(error));
    return () => {
      live = false;
    };
  }, [port, fail]);

  const loaded = load.state.status === "done" ? load.state.result : null;
  const blocked = !loaded || loaded.prior.length > 0 || loaded.otherCurrency !== "" || applied;
  const csv = useMemo((): CsvMapping | null => {
    if (!csvCells) return null;
    const layout = csvStatementLayout(csvCells.values, { mapping: csvCells.mapping });
    return { file: csvCells.file, row: csvCells.row, layout, columns: columnChoices(layout.headers, csvCells.column) };
  }, [csvCells]);
  const edit = useCallback((f: (r: MatchRun) => MatchRun) => setRun((r) => (r && !applied ? f(r) : r)), [applied]);

  return {
    sources,
    ledger,
    sheets,
    sheet,
    load: load.state,
    run,
    apply: applyTask.state,
    applied,
    csv,
    chooseLedger: (key) => setLedger(sources.find((s) => sourceKey(s) === key) ?? null),
    chooseSheet: setSheet,
    readFile: (file) => {
      setCsvCells(null);
      load.start({ kind: "file", file }, ledger);
    },
    readSheet: () => {
      if (sheet === "") return;
      setCsvCells(null);
      load.start({ kind: "sheet", name: sheet }, ledger);
    },
    mapCsvField: (field, column) => {
      if (!csvCells || applyTask.running || applied) return;
      // "Not used" is a choice too: the field stays unread even where a header names it.
      const next = { ...csvCells, mapping: { ...csvCells.mapping, [field]: column === null ? NOT_MAPPED : column } };
      setCsvCells(next);
      load.start({ kind: "csv", csv: next }, ledger);
    },
    confirm: (at) => edit((r) => confirmLine(r, at)),
    refuse: (at) => edit((r) => unmatchLine(r, at)),
    assign: (at, customer) => edit((r) => assignLine(r, at, customer)),
    applyNow: () => {
      if (!run || !loaded || blocked || applyTask.running) return;
      applyTask.start(run, loaded.read);
    },
  };
}
