/** State and actions of the New account panel: the form, its checklist, approval and the customer lookup. */
import { useCallback, useState } from "react";
import { validateIban, validateVatId, maskText, FieldProblem, NewAccountForm, VETTING_KINDS, VettingItem, VettingKind } from "../../domain/customers";
import { Problem, Serial } from "../../domain/core";
import { t } from "../../i18n";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { TaskState, useTask } from "../shell/useTask";
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

export type ApproveState = TaskState<ApprovalOutcome>;

export function useNewAccountPanel(port: WorkbookPort, today: string) {
  const [form, setForm] = useState<NewAccountForm>(emptyForm);
  const [who, setWho] = useState("");
  const [reveal, setReveal] = useState(false);
  const [query, setQuery] = useState("");
  const [file, setFile] = useState<CustomerFile | null>(null);
  const [matches, setMatches] = useState<readonly Row[] | null>(null);
  const [chosen, setChosen] = useState<Row | null>(null);
  const approval = useTask((_run, form: NewAccountForm, day: Serial, who: string) => approveAccount(port, form, day, who), {
    onDone: (outcome) => {
      if (outcome.ok) setFile(null);
    },
  });
  const lookup = useTask((_run, query: string) => readCustomerFile(port).then((f) => ({ file: f, found: findCustomers(f, query) })), {
    onDone: ({ file: f, found }) => {
      setFile(f);
      setMatches(found);
      setChosen(found.length === 1 ? found[0] : null);
    },
  });
  const approve: ApproveState = approval.state;
  const { start: startApproval, reset: resetApproval } = approval;
  const { start: startLookup } = lookup;

  const edit = (patch: Partial<NewAccountForm>) => setForm((f) => ({ ...f, ...patch }));
  const editCheck = (kind: VettingKind, patch: Partial<VettingItem>) => setForm((f) => ({ ...f, checks: { ...f.checks, [kind]: { ...f.checks[kind], ...patch } } }));

  // Live checks of the two codes, as the user types.
  const ibanCheck = form.iban.trim() === "" ? null : validateIban(form.iban);
  const vatCheck = form.vatId.trim() === "" ? null : validateVatId(form.vatId, { country: form.country.trim().toUpperCase() || undefined });
  const submitted: readonly FieldProblem[] = approve.status === "done" && !approve.result.ok ? approve.result.problems : [];
  const problemOf = (field: string): string | undefined => {
    if (field === "iban" && ibanCheck && !ibanCheck.valid) return problemText(ibanCheck.problem, reveal);
    if (field === "vatId" && vatCheck && !vatCheck.valid) return problemText(vatCheck.problem, reveal);
    const found = submitted.find((p) => p.field === field);
    return found ? problemText(found.problem, reveal) : undefined;
  };

  const submit = useCallback(() => {
    const day = isoToSerial(today);
    // An approval writes the customer file: never two at once.
    if (day === null || approval.running) return;
    startApproval(form, day, who);
  }, [startApproval, approval.running, form, who, today]);

  const search = useCallback(() => startLookup(query), [startLookup, query]);

  return {
    form,
    who,
    reveal,
    approve,
    query,
    matches,
    chosen,
    record: file && chosen ? customerRecord(file, chosen) : null,
    lookupError: lookup.state.status === "error" ? lookup.state.message : null,
    edit,
    editCheck,
    setWho,
    setReveal,
    problemOf,
    submit,
    reset: () => {
      setForm(emptyForm());
      resetApproval();
    },
    setQuery,
    search,
    choose: setChosen,
  };
}

export type NewAccountPanelState = ReturnType<typeof useNewAccountPanel>;
