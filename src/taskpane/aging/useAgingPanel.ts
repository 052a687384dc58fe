/** State and actions of the Aging panel: props (port, today) → what the panel shows and can do. */
import { useCallback, useEffect, useRef, useState } from "react";
import { decodeMapping, encodeMapping, findHeaderRow, headerFingerprint, LedgerField, LedgerReport, mappingSettingKey, NOT_MAPPED, readLedger } from "../../domain/ledger";
import { CellValue, RangeData, WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { ColumnChoice, columnChoices } from "../shell/columnChoices";
import { parseBuckets } from "./buckets";
import { LedgerSource, listSources, readSource, sourceKey } from "../shell/ledgerSource";
import { AgingRunRequest, AgingRunResult, RunPhase, runAging } from "./runAging";
import { errorText } from "../shell/errors";
import { TaskRun, TaskState, useTask } from "../shell/useTask";

/** Rows read to show the detected mapping before a run. */
export const PREVIEW_ROWS = 2000;

export type { ColumnChoice } from "../shell/columnChoices";

export type DetectState =
  | { readonly status: "loading" }
  | { readonly status: "none" }
  | { readonly status: "error"; readonly message: string }
  | { readonly status: "empty"; readonly sheet: string }
  | { readonly status: "ready"; readonly preview: LedgerReport; readonly columns: readonly ColumnChoice[]; readonly firstRow: number };

/** A source read for the mapping: its range, its first rows, and the setting that remembers the mapping of its header layout. */
interface LoadedSource {
  readonly source: LedgerSource;
  readonly range: RangeData;
  readonly preview: CellValue[][];
  readonly settingKey: string;
}

export type RunState = TaskState<AgingRunResult, RunPhase>;

export interface AgingPanelState {
  readonly sources: readonly LedgerSource[];
  readonly source: LedgerSource | null;
  readonly detect: DetectState;
  /** The user's column choices: corrected now, or remembered for this header layout from an earlier export. */
  readonly overrides: Partial<Record<LedgerField, number>>;
  /** True when the overrides are remembered in AR Settings for the source's header layout. */
  readonly remembered: boolean;
  readonly asOfText: string;
  readonly asOfValid: boolean;
  readonly bucketsText: string;
  readonly buckets: ReturnType<typeof parseBuckets>;
  readonly groupByCustomer: boolean;
  readonly run: RunState;
  refresh(): void;
  chooseSource(key: string): void;
  mapField(field: LedgerField, column: number | null): void;
  /** Drops the choices remembered for this header layout: back to the detected columns. */
  forgetMapping(): void;
  setAsOfText(text: string): void;
  setBucketsText(text: string): void;
  setGroupByCustomer(on: boolean): void;
  start(): void;
  cancel(): void;
  jumpTo(index: number, field?: LedgerField): void;
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
  const [loaded, setLoaded] = useState<LoadedSource | null>(null);
  const [remembered, setRemembered] = useState(false);
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

  // The chosen source, and the mapping remembered for its header layout (AR Settings).
  useEffect(() => {
    if (!source) return;
    let current = true;
    setDetect({ status: "loading" });
    setLoaded(null);
    Promise.all([readSource(port, source), port.readSettings().catch((): Record<string, string> => ({}))])
      .then(([range, settings]) => {
        if (!current) return;
        const preview = range.values.slice(0, PREVIEW_ROWS);
        const blank = preview.every((row) => row.every((v) => v === null || v === ""));
        if (blank) return setDetect({ status: "empty", sheet: range.sheet });
        const settingKey = mappingSettingKey(headerFingerprint(preview[findHeaderRow(preview)] ?? []));
        const mapping = decodeMapping(settings[settingKey]);
        setOverrides(mapping);
        setRemembered(Object.keys(mapping).length > 0);
        setLoaded({ source, range, preview, settingKey });
      })
      .catch((error) => current && setDetect({ status: "error", message: errorText(error) }));
    return () => {
      current = false;
    };
  }, [port, source, reload]);

  // The detected mapping of the loaded source, with the user's corrections.
  useEffect(() => {
    // Until the chosen source is loaded, the last one's mapping is not shown as its own.
    if (!loaded || loaded.source !== source) return;
    const { range, preview } = loaded;
    const report = readLedger(preview, { mapping: overrides, dateSystem: range.dateSystem });
    const header = range.values[report.headerIndex] ?? [];
    const width = range.values.reduce((w, row) => Math.max(w, row.length), 0);
    const columns = columnChoices(Array.from({ length: width }, (_, c) => (header[c] === null || header[c] === undefined ? "" : String(header[c]))), range.column);
    setDetect({ status: "ready", preview: report, columns, firstRow: range.row });
  }, [loaded, source, overrides]);

  // Remembers (or forgets) the choices for the header layout, one write after another.
  const saving = useRef<Promise<void>>(Promise.resolve());
  const remember = useCallback(
    (settingKey: string, mapping: Partial<Record<LedgerField, number>> | null) => {
      saving.current = saving.current
        .then(async () => {
          const settings = await port.readSettings();
          if (mapping) settings[settingKey] = encodeMapping(mapping);
          else delete settings[settingKey];
          await port.writeSettings(settings);
        })
        // The choices still apply to this run when the workbook cannot keep them.
        .catch(() => undefined);
    },
    [port],
  );

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
    remembered,
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
    mapField: (field, column) => {
      // "Not mapped" is a choice too: the field stays unread even where a header names it.
      const next = { ...overrides, [field]: column === null ? NOT_MAPPED : column };
      setOverrides(next);
      if (loaded) {
        remember(loaded.settingKey, next);
        setRemembered(true);
      }
    },
    forgetMapping: () => {
      setOverrides({});
      setRemembered(false);
      if (loaded) remember(loaded.settingKey, null);
    },
    setAsOfText,
    setBucketsText,
    setGroupByCustomer,
    start,
    cancel: task.cancel,
    jumpTo,
  };
}
