/** State and actions of the Payment plan panel: props (port, today) → what the panel shows and can do. */
import { useCallback, useEffect, useMemo, useState } from "react";
import { edate, serialToIso, DomainError } from "../../domain/core";
import { customerKeyOf } from "../../domain/customers";
import { Frequency, CustomerItems, Charge, PlanTerms, Proposal, proposePlan, openPlanOf, PlanRecord } from "../../domain/plans";
import { getLanguage, Lang, resolveLanguage, t } from "../../i18n";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { LedgerSource, listSources, sourceKey } from "../shell/ledgerSource";
import { objectUrl } from "../../export/core/download";
import { errorText } from "../shell/errors";
import { TaskState, useTask } from "../shell/useTask";
import { parseUserAmount, parseUserNumber, parseUserPercent } from "./inputs";
import { numberFormatter } from "../../i18n/numberFormat";
import { acceptPlan, AcceptInput, Accepted, LedgerCustomers, loadCustomers, missingLetterhead, readPlans } from "./planWorkbook";

export interface ChargeDraft {
  readonly label: string;
  readonly amountText: string;
}

export type LoadState = { readonly status: "loading" } | { readonly status: "none" } | { readonly status: "error"; readonly message: string } | { readonly status: "ready"; readonly ledger: LedgerCustomers };

export type PreviewState = { readonly status: "empty" } | { readonly status: "ok"; readonly proposal: Proposal; readonly terms: PlanTerms } | { readonly status: "error"; readonly message: string };

/** The letter's files as object URLs to download; revoked when they are replaced or the panel closes. */
export interface LetterLinks {
  readonly pdf: { readonly url: string; readonly name: string };
  readonly docx: { readonly url: string; readonly name: string };
}

export type FilesState = TaskState<LetterLinks>;

/** The accepted plan, and the register of plans as it stands after it. */
export interface AcceptedPlan {
  readonly accepted: Accepted;
  readonly register: readonly PlanRecord[];
}

export type AcceptState = TaskState<AcceptedPlan>;

const revokeLinks = (links: LetterLinks) => {
  URL.revokeObjectURL(links.pdf.url);
  URL.revokeObjectURL(links.docx.url);
};

export interface PaymentPlanPanelState {
  readonly sources: readonly LedgerSource[];
  readonly source: LedgerSource | null;
  readonly load: LoadState;
  /** The chosen customer's key (customerKeyOf: its id, else its name); "" for none. */
  readonly customerName: string;
  readonly customer: CustomerItems | null;
  readonly charges: readonly ChargeDraft[];
  readonly mode: "installments" | "budget";
  readonly countText: string;
  readonly budgetText: string;
  readonly rateText: string;
  readonly frequency: Frequency;
  readonly firstDueText: string;
  readonly language: Lang;
  readonly balance: number | null;
  readonly preview: PreviewState;
  readonly replaces: PlanRecord | undefined;
  /** Why the open plan is replaced: required to renegotiate. */
  readonly reasonText: string;
  /** The rate as the pane understood it ("5 %"), or null when it cannot be read. */
  readonly rateUnderstood: string | null;
  /** Letterhead settings a letter needs that are blank (their labels). */
  readonly letterheadMissing: readonly string[];
  readonly accept: AcceptState;
  readonly files: FilesState;
  chooseSource(key: string): void;
  chooseCustomer(name: string): void;
  addCharge(): void;
  setCharge(index: number, draft: ChargeDraft): void;
  removeCharge(index: number): void;
  setMode(mode: "installments" | "budget"): void;
  setCountText(text: string): void;
  setBudgetText(text: string): void;
  setRateText(text: string): void;
  setFrequency(f: Frequency): void;
  setFirstDueText(text: string): void;
  setLanguage(lang: Lang): void;
  setReasonText(text: string): void;
  acceptPlan(): void;
}

/** The terms typed so far, or the reason they cannot make a plan. */
function readTerms(balance: number | null, s: { mode: string; countText: string; budgetText: string; rateText: string; frequency: Frequency; firstDueText: string }): PlanTerms | string {
  if (balance === null) return t("planPanel.badNumber", { text: "" });
  const rate = parseUserPercent(s.rateText);
  if (rate === null) return t("planPanel.badNumber", { text: s.rateText });
  const firstDue = isoToSerial(s.firstDueText);
  if (firstDue === null) return t("planPanel.badDate", { text: s.firstDueText });
  const base = { balance, annualRate: rate / 100, frequency: s.frequency, firstDue };
  if (s.mode === "installments") {
    const count = parseUserNumber(s.countText);
    if (count === null) return t("planPanel.badNumber", { text: s.countText });
    return { ...base, by: { kind: "installments", count } };
  }
  const budget = parseUserAmount(s.budgetText);
  if (budget === null) return t("planPanel.badNumber", { text: s.budgetText });
  return { ...base, by: { kind: "budget", budget } };
}

export function usePaymentPlanPanel(port: WorkbookPort, today: string): PaymentPlanPanelState {
  const todaySerial = isoToSerial(today) ?? 0;
  const [sources, setSources] = useState<readonly LedgerSource[]>([]);
  const [source, setSource] = useState<LedgerSource | null>(null);
  const [load, setLoad] = useState<LoadState>({ status: "loading" });
  const [customerName, setCustomerName] = useState("");
  const [charges, setCharges] = useState<readonly ChargeDraft[]>([]);
  const [mode, setMode] = useState<"installments" | "budget">("installments");
  const [countText, setCountText] = useState("6");
  const [budgetText, setBudgetText] = useState("");
  const [rateText, setRateText] = useState("0");
  const [frequency, setFrequency] = useState<Frequency>(12);
  const [firstDueText, setFirstDueText] = useState(todaySerial > 0 ? serialToIso(edate(todaySerial, 1)) : today);
  const [language, setLanguageState] = useState<Lang>(getLanguage());
  const [defaultLanguage, setDefaultLanguage] = useState<Lang>(getLanguage());
  const [register, setRegister] = useState<readonly PlanRecord[]>([]);
  const [reasonText, setReasonText] = useState("");
  const [letterheadMissing, setLetterheadMissing] = useState<readonly string[]>([]);
  const letterFiles = useTask(
    async (_run, accepted: Accepted): Promise<LetterLinks> => {
      const { agreementFiles } = await import("../../export/plans/agreementFiles");
      const { pdf, docx } = await agreementFiles(accepted.letter);
      return { pdf: { url: objectUrl(pdf.bytes, pdf.mime), name: pdf.name }, docx: { url: objectUrl(docx.bytes, docx.mime), name: docx.name } };
    },
    { message: (error, accepted) => t("planPanel.filesFailed", { detail: errorText(error), sheet: accepted.letterSheet }), discard: revokeLinks },
  );
  const files: FilesState = letterFiles.state;
  const { start: makeFiles, reset: resetFiles } = letterFiles;
  // The links of the files shown live until they are replaced, dropped or the panel closes.
  useEffect(() => {
    if (files.status !== "done") return;
    const links = files.result;
    return () => revokeLinks(links);
  }, [files]);

  const acceptTask = useTask(
    async (_run, input: AcceptInput): Promise<AcceptedPlan> => {
      const accepted = await acceptPlan(port, input);
      return { accepted, register: await readPlans(port) };
    },
    {
      onDone: ({ accepted, register: plans }) => {
        setRegister(plans);
        setReasonText("");
        makeFiles(accepted);
      },
    },
  );
  const accept: AcceptState = acceptTask.state;
  const { start: startAccept, reset: resetAccept } = acceptTask;

  useEffect(() => {
    let current = true;
    listSources(port)
      .then((list) => {
        if (!current) return;
        setSources(list.sources);
        setSource(list.preferred);
        if (!list.preferred) setLoad({ status: "none" });
      })
      .catch((error) => current && setLoad({ status: "error", message: errorText(error) }));
    readPlans(port)
      .then((plans) => current && setRegister(plans))
      .catch(() => undefined);
    port
      .readSettings()
      .then((settings) => {
        if (!current) return;
        setLetterheadMissing(missingLetterhead(settings));
        if (settings["defaults.language"]) setDefaultLanguage(resolveLanguage(settings["defaults.language"]));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [port]);

  useEffect(() => {
    if (!source) return;
    let current = true;
    setLoad({ status: "loading" });
    loadCustomers(port, source)
      .then((ledger) => current && setLoad({ status: "ready", ledger }))
      .catch((error) => current && setLoad({ status: "error", message: errorText(error) }));
    return () => {
      current = false;
    };
  }, [port, source]);

  const customer = load.status === "ready" ? (load.ledger.customers.find((c) => customerKeyOf(c) === customerName) ?? null) : null;

  const balance = useMemo(() => {
    if (!customer) return null;
    let sum = customer.items.reduce((s, i) => s + i.open, 0);
    for (const c of charges) {
      const amount = parseUserAmount(c.amountText);
      if (amount === null) return null;
      sum += amount;
    }
    return sum;
  }, [customer, charges]);

  const preview: PreviewState = useMemo(() => {
    if (!customer) return { status: "empty" };
    const terms = readTerms(balance, { mode, countText, budgetText, rateText, frequency, firstDueText });
    if (typeof terms === "string") return { status: "error", message: terms };
    try {
      return { status: "ok", proposal: proposePlan(terms), terms };
    } catch (error) {
      if (error instanceof DomainError) return { status: "error", message: errorText(error) };
      throw error;
    }
  }, [customer, balance, mode, countText, budgetText, rateText, frequency, firstDueText]);

  const replaces = customer ? openPlanOf(register, customer) : undefined;

  const doAccept = useCallback(() => {
    // Accepting writes the plan: never two at once. A customer's open plan is replaced only with a reason.
    if (!customer || preview.status !== "ok" || acceptTask.running || (replaces && reasonText.trim() === "")) return;
    startAccept({
      customer,
      charges: charges.map((c): Charge => ({ label: c.label.trim() || t("planPanel.chargeDefault", undefined, language), amount: parseUserAmount(c.amountText) ?? 0 })),
      terms: preview.terms,
      accepted: todaySerial,
      language,
      replaces,
      reason: reasonText,
    });
  }, [startAccept, customer, preview, acceptTask.running, charges, todaySerial, language, replaces, reasonText]);

  const rate = parseUserPercent(rateText);
  const rateUnderstood = rate === null ? null : numberFormatter(getLanguage(), { style: "percent", maximumFractionDigits: 6 }).format(rate / 100);

  return {
    sources,
    source,
    load,
    customerName,
    customer,
    charges,
    mode,
    countText,
    budgetText,
    rateText,
    frequency,
    firstDueText,
    language,
    balance,
    preview,
    replaces,
    reasonText,
    rateUnderstood,
    letterheadMissing,
    accept,
    files,
    chooseSource: (key) => {
      setCustomerName("");
      setSource(sources.find((s) => sourceKey(s) === key) ?? null);
    },
    chooseCustomer: (name) => {
      setCustomerName(name);
      setCharges([]);
      resetAccept();
      resetFiles();
      const found = load.status === "ready" ? load.ledger.customers.find((c) => customerKeyOf(c) === name) : undefined;
      setLanguageState(found?.language ? resolveLanguage(found.language) : defaultLanguage);
    },
    addCharge: () => setCharges((cs) => [...cs, { label: "", amountText: "" }]),
    setCharge: (index, draft) => setCharges((cs) => cs.map((c, i) => (i === index ? draft : c))),
    removeCharge: (index) => setCharges((cs) => cs.filter((_, i) => i !== index)),
    setMode,
    setCountText,
    setBudgetText,
    setRateText,
    setFrequency,
    setFirstDueText,
    setLanguage: setLanguageState,
    setReasonText,
    acceptPlan: doAccept,
  };
}
