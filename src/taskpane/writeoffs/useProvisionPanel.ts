/** State and actions of the Provision panel: ledger, date and loss rates → the provision matrix, its movement and entry. */
import { useEffect, useState } from "react";
import { checkLossRates } from "../../domain/writeoffs";
import { t } from "../../i18n";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { errorText } from "../shell/errors";
import { LedgerSource, listSources, sourceKey } from "../shell/ledgerSource";
import { useTask } from "../shell/useTask";
import { parseRateInput, rateInputText } from "./amountText";
import { BUCKETS, buildLossHistory, computeLossRates, loadLossRates, runProvision } from "./runProvision";

/** The rates typed, checked: the rates, or the message of the first problem. */
export function checkRateInputs(texts: readonly string[]): { readonly rates: number[] | null; readonly problem: string | null } {
  const rates: number[] = [];
  for (let k = 0; k < texts.length; k++) {
    const rate = parseRateInput(texts[k]);
    if (rate === null) return { rates: null, problem: t("writeoffs.rateBlank", { position: k + 1 }) };
    if (Number.isNaN(rate)) return { rates: null, problem: t("writeoffs.rateNotANumber", { position: k + 1, text: texts[k].trim() }) };
    rates.push(rate);
  }
  try {
    checkLossRates(rates, texts.length);
    return { rates, problem: null };
  } catch (error) {
    return { rates: null, problem: errorText(error) };
  }
}

export function useProvisionPanel(port: WorkbookPort, today: string) {
  const [sources, setSources] = useState<readonly LedgerSource[]>([]);
  const [ledger, setLedger] = useState<LedgerSource | null>(null);
  const [asOfText, setAsOfText] = useState(today);
  const [rateTexts, setRateTexts] = useState<readonly string[]>(Array.from({ length: BUCKETS }, () => ""));
  const [tableProblem, setTableProblem] = useState<string | null>(null);
  const [preparedBy, setPreparedBy] = useState("");
  const asOf = isoToSerial(asOfText);
  const checked = checkRateInputs(rateTexts);
  const fill = (rates: readonly number[]) => setRateTexts(rates.map(rateInputText));
  const run = useTask((_, post: boolean) => runProvision({ port, source: ledger!, asOf: asOf!, rates: checked.rates!, preparedBy, post }));
  const history = useTask(() => buildLossHistory(port, asOf!));
  const compute = useTask(() => computeLossRates(port), { onDone: fill });

  useEffect(() => {
    let current = true;
    (async () => {
      const [list, table] = await Promise.all([listSources(port), loadLossRates(port)]);
      if (!current) return;
      setSources(list.sources);
      // The same source keeps its object, so a refresh reads the ledger once.
        setLedger((prev) => (prev && list.sources.some((s) => sourceKey(s) === sourceKey(prev)) ? prev : list.preferred));
      if (table.status === "ok") fill(table.rates);
      setTableProblem(table.status === "bad" ? errorText(table.error) : null);
    })().catch((error) => current && setTableProblem(errorText(error)));
    return () => {
      current = false;
    };
  }, [port]);

  const busy = run.running || history.running || compute.running;
  const done = run.state.status === "done" ? run.state.result : null;
  return {
    sources,
    ledger,
    asOfText,
    rateTexts,
    ratesProblem: checked.problem,
    tableProblem,
    preparedBy,
    run,
    history,
    compute,
    busy,
    canRun: !busy && ledger !== null && asOf !== null && checked.rates !== null,
    // Posting follows a provision written for the same inputs, and is done once.
    canPost: !busy && done !== null && !done.posted && done.entries.length > 0 && preparedBy.trim() !== "" && checked.rates !== null && asOf !== null,
    chooseLedger: (key: string) => setLedger(sources.find((s) => sourceKey(s) === key) ?? null),
    setAsOfText,
    setRate: (k: number, text: string) => setRateTexts((prev) => prev.map((x, i) => (i === k ? text : x))),
    setPreparedBy,
  };
}
