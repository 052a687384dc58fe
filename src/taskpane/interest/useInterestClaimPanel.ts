/** State and actions of the Interest claim panel: props (port, today) → what the panel shows and can do. */
import { useCallback, useEffect, useRef, useState } from "react";
import { CustomerInvoices, isContractualRate, Jurisdiction, toJurisdiction } from "../../domain/interest";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { errorText } from "../shell/errors";
import { LedgerSource, listSources, sourceKey } from "../shell/ledgerSource";
import { ClaimOutcome, listPaymentSources, loadInvoices, loadRates, runClaim } from "./claimWorkbook";

/** The run state of the panel, kept here until the shared task hook takes it over. */
export type ClaimRun =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly outcome: ClaimOutcome }
  | { readonly status: "error"; readonly message: string };

export type InvoicesLoad =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly customers: readonly CustomerInvoices[]; readonly missing: readonly string[] }
  | { readonly status: "error"; readonly message: string };

const LEDGER_WORDS = /ledger|open|item|posten|partite|scadenz|export|invoice|factur|fattur|rechnung/i;

/**
 * A contractual rate typed in the pane: "9.5%", "9,5 %" or "0.095"; null for blank, NaN when it is not a
 * rate from 0 up to (not including) 100% (a bare 9.5 is refused rather than read as 950%).
 *
 * @example
 * parseRateText("9,5 %") //=> 0.095
 */
export function parseRateText(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return null;
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*(%?)$/.exec(trimmed);
  if (!m) return NaN;
  const value = m[2] ? Number((Number(m[1]) / 100).toPrecision(15)) : Number(m[1]);
  return isContractualRate(value) ? value : NaN;
}

/** The ledger rows of the invoices to claim: all but the disputed ones, with the user's flips. */
function selectedOf(group: CustomerInvoices | null, flipped: ReadonlySet<number>): Set<number> {
  const rows = new Set<number>();
  for (const i of group?.invoices ?? []) if (i.disputed === flipped.has(i.sourceIndex)) rows.add(i.sourceIndex);
  return rows;
}

export function useInterestClaimPanel(port: WorkbookPort, today: string) {
  const [sources, setSources] = useState<readonly LedgerSource[]>([]);
  const [ledger, setLedger] = useState<LedgerSource | null>(null);
  const [paymentSources, setPaymentSources] = useState<readonly LedgerSource[]>([]);
  const [payments, setPayments] = useState<LedgerSource | null>(null);
  const [load, setLoad] = useState<InvoicesLoad>({ status: "loading" });
  const [customer, setCustomer] = useState("");
  // Rows whose tick the user flipped: an invoice is ticked by default unless it is disputed.
  const [flipped, setFlipped] = useState<ReadonlySet<number>>(new Set());
  const [endText, setEndText] = useState(today);
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>("EU");
  const [b2c, setB2c] = useState(false);
  const [rateText, setRateText] = useState("");
  const [run, setRun] = useState<ClaimRun>({ status: "idle" });
  const [ratesProblems, setRatesProblems] = useState<readonly string[]>([]);
  const [reload, setReload] = useState(0);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // Sources, the payments tables among them, the law from the settings, and AR_Rates (published for the formulas).
  useEffect(() => {
    let current = true;
    (async () => {
      const list = await listSources(port);
      const paying = await listPaymentSources(port, list.sources);
      const settings = await port.readSettings();
      const rates = await loadRates(port);
      if (!current) return;
      const ledgers = list.sources.filter((s) => !paying.some((p) => sourceKey(p) === sourceKey(s)));
      setSources(list.sources);
      setPaymentSources(paying);
      setLedger((prev) => list.sources.find((s) => prev && sourceKey(s) === sourceKey(prev)) ?? ledgers.find((s) => LEDGER_WORDS.test(s.name)) ?? ledgers[0] ?? list.preferred);
      setPayments((prev) => (prev ? (paying.find((s) => sourceKey(s) === sourceKey(prev)) ?? null) : (paying[0] ?? null)));
      const law = toJurisdiction(settings["defaults.jurisdiction"] ?? "");
      if (law) setJurisdiction(law);
      setRatesProblems(rates.problems);
    })().catch((error) => current && setRun({ status: "error", message: errorText(error) }));
    return () => {
      current = false;
    };
  }, [port, reload]);

  // The ledger's customers and their invoices, whenever the ledger or the payments choice changes.
  useEffect(() => {
    if (!ledger) return;
    let current = true;
    setLoad({ status: "loading" });
    loadInvoices(port, ledger, payments !== null)
      .then((read) => {
        if (!current) return;
        setLoad({ status: "ready", customers: read.customers.filter((c) => c.invoices.length > 0), missing: read.missing });
        setCustomer((prev) => (read.customers.some((c) => c.customer === prev) ? prev : (read.customers.find((c) => c.invoices.length > 0)?.customer ?? "")));
      })
      .catch((error) => current && setLoad({ status: "error", message: errorText(error) }));
    return () => {
      current = false;
    };
  }, [port, ledger, payments, reload]);

  const endDate = isoToSerial(endText);
  const contractualRate = parseRateText(rateText);
  const rateValid = contractualRate === null || !Number.isNaN(contractualRate);
  const group = load.status === "ready" ? (load.customers.find((c) => c.customer === customer) ?? null) : null;
  const selectedRows = selectedOf(group, flipped);

  const start = useCallback(() => {
    if (!ledger || !group || endDate === null || !rateValid) return;
    setRun({ status: "running" });
    runClaim({ port, ledger, payments, customer: group.customer, selectedRows: selectedOf(group, flipped), terms: { endDate, jurisdiction, b2c, contractualRate } })
      .then((outcome) => alive.current && setRun({ status: "done", outcome }))
      .catch((error) => alive.current && setRun({ status: "error", message: errorText(error) }));
  }, [port, ledger, payments, group, flipped, endDate, jurisdiction, b2c, contractualRate, rateValid]);

  return {
    sources,
    ledger,
    paymentSources,
    payments,
    load,
    customer,
    group,
    selectedRows,
    endText,
    endValid: endDate !== null,
    jurisdiction,
    b2c,
    rateText,
    rateValid,
    run,
    ratesProblems,
    canRun: run.status !== "running" && group !== null && selectedRows.size > 0 && endDate !== null && rateValid,
    refresh: () => setReload((n) => n + 1),
    chooseLedger: (key: string) => setLedger(sources.find((s) => sourceKey(s) === key) ?? null),
    choosePayments: (key: string) => setPayments(paymentSources.find((s) => sourceKey(s) === key) ?? null),
    chooseCustomer: (name: string) => {
      setCustomer(name);
      setFlipped(new Set());
    },
    toggleInvoice: (row: number) =>
      setFlipped((prev) => {
        const next = new Set(prev);
        if (!next.delete(row)) next.add(row);
        return next;
      }),
    setEndText,
    setJurisdiction,
    setB2c,
    setRateText,
    start,
  };
}

export type InterestClaimPanelState = ReturnType<typeof useInterestClaimPanel>;
