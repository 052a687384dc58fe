/** State and actions of the Payment plan panel: props (port, today) → what the panel shows and can do. */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { edate, serialToIso, DomainError } from "../../domain/core";
import { Frequency, sameCustomer, CustomerItems, Charge, PlanTerms, Proposal, proposePlan, openPlanOf, PlanRecord } from "../../domain/plans";
import { getLanguage, Lang, resolveLanguage, t } from "../../i18n";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { LedgerSource, listSources, sourceKey } from "../shell/ledgerSource";
import { objectUrl } from "../../export/core/download";
import { errorText } from "../shell/errors";
import { parseUserAmount, parseUserNumber } from "./inputs";
import { acceptPlan, Accepted, LedgerCustomers, loadCustomers, readPlans } from "./planWorkbook";

export interface ChargeDraft {
  readonly label: string;
  readonly amountText: string;
}

export type LoadState = { readonly status: "loading" } | { readonly status: "none" } | { readonly status: "error"; readonly message: string } | { readonly status: "ready"; readonly ledger: LedgerCustomers };

export type PreviewState = { readonly status: "empty" } | { readonly status: "ok"; readonly proposal: Proposal; readonly terms: PlanTerms } | { readonly status: "error"; readonly message: string };

export interface FilesState {
  readonly status: "idle" | "making" | "ready" | "error";
  readonly pdf?: { readonly url: string; readonly name: string };
  readonly docx?: { readonly url: string; readonly name: string };
  readonly message?: string;
}

export type AcceptState =
  | { readonly status: "idle" }
  | { readonly status: "writing" }
  | { readonly status: "done"; readonly accepted: Accepted }
  | { readonly status: "error"; readonly message: string };

export interface PaymentPlanPanelState {
  readonly sources: readonly LedgerSource[];
  readonly source: LedgerSource | null;
  readonly load: LoadState;
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
  acceptPlan(): void;
}

/** The terms typed so far, or the reason they cannot make a plan. */
function readTerms(balance: number | null, s: { mode: string; countText: string; budgetText: string; rateText: string; frequency: Frequency; firstDueText: string }): PlanTerms | string {
  if (balance === null) return t("planPanel.badNumber", { text: "" });
  const rate = parseUserNumber(s.rateText);
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
  const [accept, setAccept] = useState<AcceptState>({ status: "idle" });
  const [files, setFiles] = useState<FilesState>({ status: "idle" });
  const alive = useRef(true);
  const urls = useRef<string[]>([]);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      urls.current.forEach((u) => URL.revokeObjectURL(u));
    };
  }, []);

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
      .then((settings) => current && settings["defaults.language"] && setDefaultLanguage(resolveLanguage(settings["defaults.language"])))
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

  const customer = load.status === "ready" ? (load.ledger.customers.find((c) => c.customer === customerName) ?? null) : null;

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

  const replaces = customer ? openPlanOf(register, (name) => sameCustomer(name, customer.customer)) : undefined;

  const makeFiles = useCallback((accepted: Accepted) => {
    setFiles({ status: "making" });
    import("../../export/plans/agreementFiles")
      .then(({ agreementFiles }) => agreementFiles(accepted.document))
      .then(({ pdf, docx }) => {
        if (!alive.current) return;
        urls.current.forEach((u) => URL.revokeObjectURL(u));
        const pdfUrl = objectUrl(pdf.bytes, pdf.mime);
        const docxUrl = objectUrl(docx.bytes, docx.mime);
        urls.current = [pdfUrl, docxUrl];
        setFiles({ status: "ready", pdf: { url: pdfUrl, name: pdf.name }, docx: { url: docxUrl, name: docx.name } });
      })
      .catch((error) => alive.current && setFiles({ status: "error", message: t("planPanel.filesFailed", { detail: errorText(error), sheet: accepted.letterSheet }) }));
  }, []);

  const doAccept = useCallback(() => {
    if (!customer || preview.status !== "ok" || accept.status === "writing") return;
    setAccept({ status: "writing" });
    acceptPlan(port, {
      customer,
      charges: charges.map((c): Charge => ({ label: c.label.trim() || t("planPanel.chargeDefault", undefined, language), amount: parseUserAmount(c.amountText) ?? 0 })),
      terms: preview.terms,
      accepted: todaySerial,
      language,
      replaces,
    })
      .then(async (accepted) => {
        if (!alive.current) return;
        setAccept({ status: "done", accepted });
        setRegister(await readPlans(port));
        makeFiles(accepted);
      })
      .catch((error) => alive.current && setAccept({ status: "error", message: errorText(error) }));
  }, [port, customer, preview, accept.status, charges, todaySerial, language, replaces, makeFiles]);

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
    accept,
    files,
    chooseSource: (key) => {
      setCustomerName("");
      setSource(sources.find((s) => sourceKey(s) === key) ?? null);
    },
    chooseCustomer: (name) => {
      setCustomerName(name);
      setCharges([]);
      setAccept({ status: "idle" });
      setFiles({ status: "idle" });
      const found = load.status === "ready" ? load.ledger.customers.find((c) => c.customer === name) : undefined;
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
    acceptPlan: doAccept,
  };
}
