/** State and actions of the New account panel: the form, its checklist, approval and the customer lookup. */
import { useCallback, useEffect, useRef, useState } from "react";
import { validateIban, validateVatId, maskText, FieldProblem, NewAccountForm, VETTING_KINDS, VettingItem, VettingKind } from "../../domain/customers";
import { Problem } from "../../domain/core";
import { t } from "../../i18n";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { errorText } from "../shell/errors";
import { approveAccount, ApprovalOutcome, CustomerFile, customerRecord, findCustomers, readCustomerFile, Row } from "./customerFile";

const blankItem: VettingItem = { status: "pending", date: "", source: "", notes: "", score: "", fileRef: "" };

export function emptyForm(): NewAccountForm {
  return {
    kind: "business",
    legalName: "",
    companyId: "",
    vatId: "",
    iban: "",
    address: "",
    country: "",
    language: "en",
    contactName: "",
    email: "",
    phone: "",
    requestedLimit: "",
    paymentTerms: "30",
    annualIncome: "",
    monthlyDebt: "",
    checks: Object.fromEntries(VETTING_KINDS.map((k) => [k, blankItem])) as Record<VettingKind, VettingItem>,
  };
}

/** A problem as text; the typed value it quotes is masked while confidential values are hidden. */
export function problemText(problem: Problem, reveal: boolean): string {
  const params = { ...(problem.params ?? {}) };
  if (!reveal && typeof params.text === "string") params.text = maskText(params.text);
  return t(problem.code, params);
}

export type ApproveState = { readonly status: "idle" } | { readonly status: "saving" } | { readonly status: "done"; readonly outcome: ApprovalOutcome } | { readonly status: "error"; readonly message: string };

export function useNewAccountPanel(port: WorkbookPort, today: string) {
  const [form, setForm] = useState<NewAccountForm>(emptyForm);
  const [who, setWho] = useState("");
  const [reveal, setReveal] = useState(false);
  const [approve, setApprove] = useState<ApproveState>({ status: "idle" });
  const [query, setQuery] = useState("");
  const [file, setFile] = useState<CustomerFile | null>(null);
  const [matches, setMatches] = useState<readonly Row[] | null>(null);
  const [chosen, setChosen] = useState<Row | null>(null);
  const [lookupError, setLookupError] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const edit = (patch: Partial<NewAccountForm>) => setForm((f) => ({ ...f, ...patch }));
  const editCheck = (kind: VettingKind, patch: Partial<VettingItem>) => setForm((f) => ({ ...f, checks: { ...f.checks, [kind]: { ...f.checks[kind], ...patch } } }));

  // Live checks of the two codes, as the user types.
  const ibanCheck = form.iban.trim() === "" ? null : validateIban(form.iban);
  const vatCheck = form.vatId.trim() === "" ? null : validateVatId(form.vatId, { country: form.country.trim().toUpperCase() || undefined });
  const submitted: readonly FieldProblem[] = approve.status === "done" && !approve.outcome.ok ? approve.outcome.problems : [];
  const problemOf = (field: string): string | undefined => {
    if (field === "iban" && ibanCheck && !ibanCheck.valid) return problemText(ibanCheck.problem, reveal);
    if (field === "vatId" && vatCheck && !vatCheck.valid) return problemText(vatCheck.problem, reveal);
    const found = submitted.find((p) => p.field === field);
    return found ? problemText(found.problem, reveal) : undefined;
  };

  const submit = useCallback(() => {
    const day = isoToSerial(today);
    if (day === null) return;
    setApprove({ status: "saving" });
    approveAccount(port, form, day, who)
      .then((outcome) => {
        if (!alive.current) return;
        setApprove({ status: "done", outcome });
        if (outcome.ok) setFile(null);
      })
      .catch((error) => alive.current && setApprove({ status: "error", message: errorText(error) }));
  }, [port, form, who, today]);

  const search = useCallback(() => {
    setLookupError(null);
    readCustomerFile(port)
      .then((f) => {
        if (!alive.current) return;
        setFile(f);
        const found = findCustomers(f, query);
        setMatches(found);
        setChosen(found.length === 1 ? found[0] : null);
      })
      .catch((error) => alive.current && setLookupError(errorText(error)));
  }, [port, query]);

  return {
    form,
    who,
    reveal,
    approve,
    query,
    matches,
    chosen,
    record: file && chosen ? customerRecord(file, chosen) : null,
    lookupError,
    edit,
    editCheck,
    setWho,
    setReveal,
    problemOf,
    submit,
    reset: () => {
      setForm(emptyForm());
      setApprove({ status: "idle" });
    },
    setQuery,
    search,
    choose: setChosen,
  };
}

export type NewAccountPanelState = ReturnType<typeof useNewAccountPanel>;
