/** State and actions of the Credit review panel: props (port, today) → what the panel shows and can do. */
import { useCallback, useEffect, useState } from "react";
import { CreditDecisionKind, ReviewLine } from "../../domain/credit";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { LedgerSource, listSources, sourceKey } from "../shell/ledgerSource";
import { TaskState, useTask } from "../shell/useTask";
import { OverrideOutcome, OverrideRequest, recordOverride } from "./override";
import { ReviewOutcome, ReviewRequest, runReview } from "./runReview";

export type ReviewRun = TaskState<ReviewOutcome>;

export interface OverrideDraft {
  readonly customer: string;
  readonly limitText: string;
  readonly decision: CreditDecisionKind;
  readonly reason: string;
  readonly who: string;
}

/** Saving an override: done with problems to fix (nothing logged), or with the entry logged. */
export type OverrideState = TaskState<OverrideOutcome>;

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
  const [draft, setDraft] = useState<OverrideDraft>({ customer: "", limitText: "", decision: "Approve", reason: "", who: "" });
  const [overridden, setOverridden] = useState<Readonly<Record<string, { limit: number; decision: CreditDecisionKind }>>>({});
  const [reload, setReload] = useState(0);
  const review = useTask((_run, request: ReviewRequest) => runReview(request), {
    onDone: (outcome) => {
      if (outcome.status === "done") setDraft((d) => ({ ...d, customer: outcome.lines[0]?.customer ?? "" }));
    },
  });
  const save = useTask((_run, request: OverrideRequest) => recordOverride(port, request), {
    onDone: (outcome) => {
      if (!outcome.ok) return;
      setOverridden((o) => ({ ...o, [outcome.entry.customer]: { limit: outcome.entry.newLimit, decision: outcome.entry.decision } }));
      setDraft((d) => ({ ...d, limitText: "", reason: "" }));
    },
  });
  const { start: startReview, fail: failReview } = review;
  const { start: startSave, reset: resetSave } = save;

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
      .catch((error) => current && failReview(error));
    return () => {
      current = false;
    };
  }, [port, reload, failReview]);

  const date = isoToSerial(dateText);

  const start = useCallback(() => {
    if (!customers || !ledger || date === null) return;
    setOverridden({});
    startReview({ port, customers, ledger, date, reveal });
  }, [startReview, port, customers, ledger, date, reveal]);

  const run = review.state;
  const lines: readonly ReviewLine[] = run.status === "done" && run.result.status === "done" ? run.result.lines : [];

  const saveOverride = useCallback(() => {
    const line = lines.find((l) => l.customer === draft.customer);
    // A save appends to the credit log: never two at once.
    if (!line || date === null || save.running) return;
    startSave({ line, limitText: draft.limitText, decision: draft.decision, reason: draft.reason, who: draft.who, date });
  }, [startSave, save.running, lines, draft, date]);

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
    override: save.state,
    overridden,
    refresh: () => setReload((n) => n + 1),
    chooseCustomers: (key: string) => setCustomers(sources.find((s) => sourceKey(s) === key) ?? null),
    chooseLedger: (key: string) => setLedger(sources.find((s) => sourceKey(s) === key) ?? null),
    setDateText,
    setReveal,
    start,
    editDraft: (patch: Partial<OverrideDraft>) => {
      setDraft((d) => ({ ...d, ...patch }));
      // Editing clears the last save's problems or confirmation (not a save in progress).
      if (!save.running) resetSave();
    },
    saveOverride,
  };
}

export type CreditReviewPanelState = ReturnType<typeof useCreditReviewPanel>;
