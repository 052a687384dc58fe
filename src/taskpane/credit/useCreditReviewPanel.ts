/** State and actions of the Credit review panel: props (port, today) → what the panel shows and can do. */
import { useCallback, useEffect, useRef, useState } from "react";
import { CreditDecisionKind, ReviewLine } from "../../domain/credit";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { LedgerSource, listSources, sourceKey } from "../shell/ledgerSource";
import { errorText } from "../shell/errors";
import { OverrideField, recordOverride } from "./override";
import { ReviewOutcome, runReview } from "./runReview";

export type ReviewRun =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly outcome: ReviewOutcome }
  | { readonly status: "error"; readonly message: string };

export interface OverrideDraft {
  readonly customer: string;
  readonly limitText: string;
  readonly decision: CreditDecisionKind;
  readonly reason: string;
  readonly who: string;
}

export type OverrideState =
  | { readonly status: "editing"; readonly problems: Partial<Record<OverrideField, string>> }
  | { readonly status: "saving" }
  | { readonly status: "saved"; readonly customer: string }
  | { readonly status: "error"; readonly message: string };

const CUSTOMER_WORDS = /customer|client|kunde|klant|debit/i;
const LEDGER_WORDS = /ledger|open|item|posten|partite|scadenz|export|invoice|factur|fattur|rechnung/i;

/** Default sources: a table or sheet named like a customer list, and one named like a ledger. */
export function defaultSources(sources: readonly LedgerSource[]): { customers: LedgerSource | null; ledger: LedgerSource | null } {
  const customers = sources.find((s) => CUSTOMER_WORDS.test(s.name)) ?? sources[0] ?? null;
  const others = sources.filter((s) => s !== customers);
  const ledger = others.find((s) => LEDGER_WORDS.test(s.name)) ?? others[0] ?? customers;
  return { customers, ledger };
}

export function useCreditReviewPanel(port: WorkbookPort, today: string) {
  const [sources, setSources] = useState<readonly LedgerSource[]>([]);
  const [customers, setCustomers] = useState<LedgerSource | null>(null);
  const [ledger, setLedger] = useState<LedgerSource | null>(null);
  const [dateText, setDateText] = useState(today);
  const [reveal, setReveal] = useState(false);
  const [run, setRun] = useState<ReviewRun>({ status: "idle" });
  const [draft, setDraft] = useState<OverrideDraft>({ customer: "", limitText: "", decision: "Approve", reason: "", who: "" });
  const [override, setOverride] = useState<OverrideState>({ status: "editing", problems: {} });
  const [overridden, setOverridden] = useState<Readonly<Record<string, { limit: number; decision: CreditDecisionKind }>>>({});
  const [reload, setReload] = useState(0);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    let current = true;
    listSources(port)
      .then((list) => {
        if (!current) return;
        setSources(list.sources);
        const d = defaultSources(list.sources);
        setCustomers((prev) => list.sources.find((s) => prev && sourceKey(s) === sourceKey(prev)) ?? d.customers);
        setLedger((prev) => list.sources.find((s) => prev && sourceKey(s) === sourceKey(prev)) ?? d.ledger);
      })
      .catch((error) => current && setRun({ status: "error", message: errorText(error) }));
    return () => {
      current = false;
    };
  }, [port, reload]);

  const date = isoToSerial(dateText);

  const start = useCallback(() => {
    if (!customers || !ledger || date === null) return;
    setRun({ status: "running" });
    setOverridden({});
    runReview({ port, customers, ledger, date, reveal })
      .then((outcome) => {
        if (!alive.current) return;
        setRun({ status: "done", outcome });
        if (outcome.status === "done") setDraft((d) => ({ ...d, customer: outcome.lines[0]?.customer ?? "" }));
      })
      .catch((error) => alive.current && setRun({ status: "error", message: errorText(error) }));
  }, [port, customers, ledger, date, reveal]);

  const lines: readonly ReviewLine[] = run.status === "done" && run.outcome.status === "done" ? run.outcome.lines : [];

  const saveOverride = useCallback(() => {
    const line = lines.find((l) => l.customer === draft.customer);
    if (!line || date === null) return;
    setOverride({ status: "saving" });
    recordOverride(port, { line, limitText: draft.limitText, decision: draft.decision, reason: draft.reason, who: draft.who, date })
      .then((outcome) => {
        if (!alive.current) return;
        if (!outcome.ok) return setOverride({ status: "editing", problems: outcome.problems });
        setOverridden((o) => ({ ...o, [line.customer]: { limit: outcome.entry.newLimit, decision: outcome.entry.decision } }));
        setOverride({ status: "saved", customer: line.customer });
        setDraft((d) => ({ ...d, limitText: "", reason: "" }));
      })
      .catch((error) => alive.current && setOverride({ status: "error", message: errorText(error) }));
  }, [port, lines, draft, date]);

  return {
    sources,
    customers,
    ledger,
    dateText,
    dateValid: date !== null,
    reveal,
    run,
    lines,
    draft,
    override,
    overridden,
    refresh: () => setReload((n) => n + 1),
    chooseCustomers: (key: string) => setCustomers(sources.find((s) => sourceKey(s) === key) ?? null),
    chooseLedger: (key: string) => setLedger(sources.find((s) => sourceKey(s) === key) ?? null),
    setDateText,
    setReveal,
    start,
    editDraft: (patch: Partial<OverrideDraft>) => {
      setDraft((d) => ({ ...d, ...patch }));
      setOverride((o) => (o.status === "saving" ? o : { status: "editing", problems: {} }));
    },
    saveOverride,
  };
}

export type CreditReviewPanelState = ReturnType<typeof useCreditReviewPanel>;
