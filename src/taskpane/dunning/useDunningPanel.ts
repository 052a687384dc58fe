/** State and actions of the Dunning run panel: props (port, today) → what the panel shows and can do. */
import { useCallback, useEffect, useRef, useState } from "react";
import { DunningRunResult } from "../../domain/dunning";
import { Jurisdiction } from "../../domain/interest";
import type { RunFiles } from "../../export/dunning/runExport";
import type { LetterSender } from "../../export/dunning/letter";
import { t } from "../../i18n";
import { objectUrl } from "../../export/core/download";
import { WorkbookPort } from "../../workbook/port";
import { pacer } from "../../workbook/pacing";
import { isoToSerial } from "../shell/asOf";
import { errorText } from "../shell/errors";
import { LedgerSource, listSources, sourceKey } from "../shell/ledgerSource";
import { useTask } from "../shell/useTask";
import { commitRun, createPolicyFromTemplate, loadRunInputs, runPaced } from "./dunningWorkbook";

export type RunPhase = "reading" | "dunning" | "rendering" | "writing";

export interface RunOutcome {
  readonly result: DunningRunResult | null;
  /** The ledger the run read (the legal pack reads it again). */
  readonly ledger: LedgerSource;
  readonly defaultLanguage: string;
  readonly defaultJurisdiction: Jurisdiction;
  readonly blocking: readonly string[];
  readonly warnings: readonly string[];
  readonly sender: LetterSender;
  readonly template: boolean;
}

export interface Download {
  readonly name: string;
  readonly url: string;
}

export interface ExportOutcome {
  readonly letters: number;
  readonly failed: readonly string[];
  readonly downloads: readonly Download[];
  readonly sheets: readonly string[];
}

const LEDGER_WORDS = /ledger|open|item|posten|partite|scadenz|export|invoice|factur|fattur|rechnung/i;

export function useDunningPanel(port: WorkbookPort, today: string) {
  const [sources, setSources] = useState<readonly LedgerSource[]>([]);
  const [ledger, setLedger] = useState<LedgerSource | null>(null);
  const [asOfText, setAsOfText] = useState(today);
  // The day the ledger left the ERP: AR Cash payments booked from then on are taken off the run.
  const [exportedText, setExportedText] = useState(today);
  const [policyNote, setPolicyNote] = useState<string | null>(null);
  const urls = useRef<string[]>([]);

  useEffect(() => {
    let current = true;
    listSources(port)
      .then((list) => {
        if (!current) return;
        setSources(list.sources);
        setLedger((prev) => list.sources.find((s) => prev && sourceKey(s) === sourceKey(prev)) ?? list.sources.find((s) => LEDGER_WORDS.test(s.name)) ?? list.preferred);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [port]);

  useEffect(() => () => urls.current.forEach((u) => URL.revokeObjectURL(u)), []);

  const run = useTask<RunOutcome, [LedgerSource, number, number], RunPhase>(async (task, source, asOf, exported) => {
    const pace = pacer();
    task.progress("reading", 0);
    const inputs = await loadRunInputs(port, source, asOf, pace, task.signal, (f) => task.progress("reading", f * 0.5), exported);
    const base = { ledger: source, defaultLanguage: inputs.input?.defaultLanguage ?? "en", defaultJurisdiction: inputs.input?.defaultJurisdiction ?? ("EU" as const), warnings: inputs.warnings, sender: inputs.sender, template: inputs.template };
    if (!inputs.input) return { ...base, result: null, blocking: inputs.blocking };
    const result = await runPaced(inputs.input, { signal: task.signal, pace, progress: (f) => task.progress("dunning", 0.5 + f * 0.5) });
    return { ...base, result, blocking: [] };
  });

  const exporting = useTask<ExportOutcome, [RunOutcome], RunPhase>(async (task, outcome) => {
    const result = outcome.result!;
    const [{ exportInBackground }, { logEntries }, { loadRenderers }] = await Promise.all([import("../../export/dunning/exportClient"), import("../../export/dunning/runExport"), import("../../export/dunning/renderers")]);
    // The letters are made in a worker, off the pane's thread; where there is no Worker, here, with pauses.
    const { openExportWorker } = typeof Worker === "undefined" ? { openExportWorker: () => null } : await import("../../export/dunning/startWorker");
    const pace = pacer();
    task.progress("rendering", 0);
    const files: RunFiles = await exportInBackground({ result, sender: outcome.sender, open: openExportWorker, renderers: loadRenderers, signal: task.signal, progress: (f) => task.progress("rendering", f * 0.9), pause: () => pace.ahead(1) });
    task.progress("writing", 0.9);
    // The letters whose files could not be made still go on the letters sheet as text (the path that always works).
    const { documentText, dunningLetterDocument, letterSubject } = await import("../../export/dunning/letter");
    const textOnly = files.failed.map((f) => ({ letter: f.letter, subject: letterSubject(f.letter), text: documentText(dunningLetterDocument(f.letter, outcome.sender, result.asOf)).join("\n"), pdf: "", docx: "", eml: null }));
    await commitRun(port, result, [...files.letters, ...textOnly], logEntries(result.asOf, files.letters));
    const downloads = files.letters.length === 0 ? [] : [{ name: files.zip.name, url: URL.createObjectURL(files.zip.blob) }, ...[files.csv, files.xlsx].map((f) => ({ name: f.name, url: objectUrl(f.bytes, f.mime) }))];
    urls.current.push(...downloads.map((d) => d.url));
    const { lettersSheetName, runSheetName } = await import("./dunningWorkbook");
    return {
      letters: files.letters.length,
      failed: files.failed.map((f) => `${f.letter.customer}: ${f.message.startsWith("dunPanel.") ? t(f.message.split(" ")[0]) : f.message}`),
      downloads,
      sheets: [runSheetName(result.asOf), lettersSheetName(result.asOf)],
    };
  });

  const legal = useTask<{ sheet: string; downloads: Download[] }, [RunOutcome, string]>(async (_task, outcome, key) => {
    const result = outcome.result!;
    const letter = result.letters.find((l) => l.key === key);
    const ref = letter ?? result.exclusions.find((e) => `${e.customerId}\u0000${e.customer}` === key);
    if (!ref) throw new Error(key);
    const { buildLegalPack } = await import("./legalWorkbook");
    const pack = await buildLegalPack({
      port, ledger: outcome.ledger, customer: ref.customer, customerId: ref.customerId, asOf: result.asOf, sender: outcome.sender,
      jurisdiction: letter?.jurisdiction ?? outcome.defaultJurisdiction, individual: letter?.individual ?? false, language: letter?.language ?? outcome.defaultLanguage,
    });
    const downloads = [pack.zip, pack.pdf].map((f) => ({ name: f.name, url: objectUrl(f.bytes, f.mime) }));
    urls.current.push(...downloads.map((d) => d.url));
    return { sheet: pack.sheet, downloads };
  });

  const asOf = isoToSerial(asOfText);
  const exported = isoToSerial(exportedText);
  const start = useCallback(() => {
    if (!ledger || asOf === null || exported === null) return;
    exporting.reset();
    run.start(ledger, asOf, exported);
  }, [ledger, asOf, exported, run, exporting]);

  const outcome = run.state.status === "done" ? run.state.result : null;
  const exportNow = useCallback(() => {
    if (outcome?.result && outcome.result.letters.length > 0) exporting.start(outcome);
  }, [outcome, exporting]);

  const createPolicy = useCallback(() => {
    createPolicyFromTemplate(port)
      .then((r) => setPolicyNote(t(r === "created" ? "dunPanel.policyCreated" : "dunPanel.policyExists")))
      .catch((e) => setPolicyNote(errorText(e)));
  }, [port]);

  return {
    sources, ledger, asOfText, exportedText, asOfValid: asOf !== null, run, exporting, legal, outcome, policyNote,
    canRun: ledger !== null && asOf !== null && exported !== null && !run.running && !exporting.running,
    canExport: !!outcome?.result && outcome.result.letters.length > 0 && !exporting.running && exporting.state.status !== "done",
    chooseLedger: (key: string) => setLedger(sources.find((s) => sourceKey(s) === key) ?? null),
    setAsOfText, setExportedText, start, exportNow, createPolicy,
  };
}

export type DunningPanelState = ReturnType<typeof useDunningPanel>;
