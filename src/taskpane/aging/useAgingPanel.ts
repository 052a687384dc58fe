/** State and actions of the Aging panel: props (port, today) → what the panel shows and can do. */
import { useCallback, useEffect, useState } from "react";
import { LedgerField, LedgerReport, NOT_MAPPED, readLedger } from "../../domain/ledger";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { parseBuckets } from "./buckets";
import { LedgerSource, listSources, readSource, sourceKey } from "../shell/ledgerSource";
import { AgingRunRequest, AgingRunResult, RunPhase, runAging } from "./runAging";
import { errorText } from "../shell/errors";
import { TaskRun, TaskState, useTask } from "../shell/useTask";

/** Rows read to show the detected mapping before a run. */
export const PREVIEW_ROWS = 2000;

export interface ColumnChoice {
  readonly column: number;
  readonly label: string;
}

export type DetectState =
  | { readonly status: "loading" }
  | { readonly status: "none" }
  | { readonly status: "error"; readonly message: string }
  | { readonly status: "empty"; readonly sheet: string }
  | { readonly status: "ready"; readonly preview: LedgerReport; readonly columns: readonly ColumnChoice[]; readonly firstRow: number };

export type RunState = TaskState<AgingRunResult, RunPhase>;

export interface AgingPanelState {
  readonly sources: readonly LedgerSource[];
  readonly source: LedgerSource | null;
  readonly detect: DetectState;
  readonly overrides: Partial<Record<LedgerField, number>>;
  readonly asOfText: string;
  readonly asOfValid: boolean;
  readonly bucketsText: string;
  readonly buckets: ReturnType<typeof parseBuckets>;
  readonly groupByCustomer: boolean;
  readonly run: RunState;
  refresh(): void;
  chooseSource(key: string): void;
  mapField(field: LedgerField, column: number | null): void;
  setAsOfText(text: string): void;
  setBucketsText(text: string): void;
  setGroupByCustomer(on: boolean): void;
  start(): void;
  cancel(): void;
  jumpTo(index: number, field?: LedgerField): void;
}

function columnLetters(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function useAgingPanel(port: WorkbookPort, today: string): AgingPanelState {
  const [sources, setSources] = useState<readonly LedgerSource[]>([]);
  const [source, setSource] = useState<LedgerSource | null>(null);
  const [detect, setDetect] = useState<DetectState>({ status: "loading" });
  const [overrides, setOverrides] = useState<Partial<Record<LedgerField, number>>>({});
  const [asOfText, setAsOfText] = useState(today);
  const [bucketsText, setBucketsText] = useState("30,60,90");
  const [groupByCustomer, setGroupByCustomer] = useState(true);
  const [reload, setReload] = useState(0);
  const task = useTask((run: TaskRun<RunPhase>, request: Omit<AgingRunRequest, "signal" | "onProgress">) => runAging({ ...request, signal: run.signal, onProgress: run.progress }));
  const run = task.state;

  // The list of sources, on mount and on Refresh.
  useEffect(() => {
    let current = true;
    setDetect({ status: "loading" });
    listSources(port)
      .then((list) => {
        if (!current) return;
        setSources(list.sources);
        // Refresh looks at the workbook again: the ledger of the sheet the user is on now.
        setSource(list.preferred);
        setOverrides({});
        if (!list.preferred) setDetect({ status: "none" });
      })
      .catch((error) => current && setDetect({ status: "error", message: errorText(error) }));
    return () => {
      current = false;
    };
  }, [port, reload]);

  // The detected mapping of the chosen source, with the user's corrections.
  useEffect(() => {
    if (!source) return;
    let current = true;
    setDetect({ status: "loading" });
    readSource(port, source)
      .then((range) => {
        if (!current) return;
        const preview = range.values.slice(0, PREVIEW_ROWS);
        const blank = preview.every((row) => row.every((v) => v === null || v === ""));
        if (blank) return setDetect({ status: "empty", sheet: range.sheet });
        const report = readLedger(preview, { mapping: overrides, dateSystem: range.dateSystem });
        const header = range.values[report.headerIndex] ?? [];
        const width = range.values.reduce((w, row) => Math.max(w, row.length), 0);
        const columns = Array.from({ length: width }, (_, c) => {
          const text = header[c] === null || header[c] === undefined ? "" : String(header[c]);
          return { column: c, label: text ? `${columnLetters(range.column + c)}: ${text}` : columnLetters(range.column + c) };
        });
        setDetect({ status: "ready", preview: report, columns, firstRow: range.row });
      })
      .catch((error) => current && setDetect({ status: "error", message: errorText(error) }));
    return () => {
      current = false;
    };
  }, [port, source, overrides, reload]);

  const asOf = isoToSerial(asOfText);
  const buckets = parseBuckets(bucketsText);

  const { start: startTask, fail } = task;
  const start = useCallback(() => {
    if (!source || asOf === null || !buckets.ok) return;
    startTask({ port, source, mapping: overrides, asOf, bucketDays: buckets.days, groupByCustomer });
  }, [startTask, port, source, overrides, asOf, buckets, groupByCustomer]);

  const jumpTo = useCallback(
    (index: number, field?: LedgerField) => {
      if (run.status !== "done") return;
      const { anchor, ledger } = run.result;
      const column = ledger.mapping.find((m) => m.field === field)?.column ?? 0;
      port.select(anchor.sheet, anchor.row + index, anchor.column + column).catch(fail);
    },
    [port, run, fail],
  );

  return {
    sources,
    source,
    detect,
    overrides,
    asOfText,
    asOfValid: asOf !== null,
    bucketsText,
    buckets,
    groupByCustomer,
    run,
    refresh: () => setReload((n) => n + 1),
    chooseSource: (key) => {
      setOverrides({});
      setSource(sources.find((s) => sourceKey(s) === key) ?? null);
    },
    mapField: (field, column) =>
      setOverrides((previous) => {
        const next = { ...previous };
        // "Not mapped" is a choice too: the field stays unread even where a header names it.
        next[field] = column === null ? NOT_MAPPED : column;
        return next;
      }),
    setAsOfText,
    setBucketsText,
    setGroupByCustomer,
    start,
    cancel: task.cancel,
    jumpTo,
  };
}
