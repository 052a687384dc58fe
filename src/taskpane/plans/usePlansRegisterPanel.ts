/** State and actions of the Plans & promises panel. */
import { useCallback, useEffect, useState } from "react";
import { CustomerRef, customerKeyOf, sameCustomer } from "../../domain/customers";
import { newPromise, PromiseRecord, PlanRecord } from "../../domain/plans";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { sourceKey } from "../shell/ledgerSource";
import { TaskState, useTask } from "../shell/useTask";
import { parseUserAmount } from "./inputs";
import { checkPayments, CheckResult, listPaymentSources, loadPayments, PaymentSource, promiseCustomers, readPlans, readPromises, reinstate, writePromises } from "./planWorkbook";
import { t } from "../../i18n";
import { DomainError, Serial } from "../../domain/core";

export type CheckState = TaskState<CheckResult>;

export interface PromiseDraft {
  /** The customer's key (customerKeyOf) among `customers`; "" for none. */
  readonly customer: string;
  readonly amountText: string;
  readonly dateText: string;
  readonly note: string;
}

export interface PlansRegisterPanelState {
  readonly asOfText: string;
  readonly asOfValid: boolean;
  readonly sources: readonly PaymentSource[];
  readonly source: PaymentSource | null;
  readonly plans: readonly PlanRecord[];
  readonly promises: readonly PromiseRecord[];
  /** The customers a promise can be recorded for: those of the plans and of the payments, by the one key rule. */
  readonly customers: readonly CustomerRef[];
  readonly check: CheckState;
  readonly draft: PromiseDraft;
  readonly promiseMessage: { readonly intent: "success" | "error"; readonly text: string } | null;
  /** The broken plan chosen to reinstate, the reason typed, and how the last reinstatement went. */
  readonly reinstateId: string;
  readonly reinstateReason: string;
  readonly reinstateMessage: { readonly intent: "success" | "error"; readonly text: string } | null;
  setReinstateId(id: string): void;
  setReinstateReason(text: string): void;
  reinstatePlan(): void;
  setAsOfText(text: string): void;
  chooseSource(key: string): void;
  runCheck(): void;
  setDraft(draft: PromiseDraft): void;
  addPromise(): void;
}

export function usePlansRegisterPanel(port: WorkbookPort, today: string): PlansRegisterPanelState {
  const [asOfText, setAsOfText] = useState(today);
  const [sources, setSources] = useState<readonly PaymentSource[]>([]);
  const [source, setSource] = useState<PaymentSource | null>(null);
  const [plans, setPlans] = useState<readonly PlanRecord[]>([]);
  const [promises, setPromises] = useState<readonly PromiseRecord[]>([]);
  const [paymentCustomers, setPaymentCustomers] = useState<readonly CustomerRef[]>([]);
  const [otherCustomers, setOtherCustomers] = useState<readonly CustomerRef[]>([]);
  const [reinstateId, setReinstateId] = useState("");
  const [reinstateReason, setReinstateReason] = useState("");
  const [draft, setDraft] = useState<PromiseDraft>({ customer: "", amountText: "", dateText: today, note: "" });
  const checkTask = useTask(
    async (_run, source: PaymentSource | null, asOf: Serial) => {
      const read = source ? await loadPayments(port, source) : { payments: [], rejected: [], notPayments: true };
      return checkPayments(port, read.payments, read.rejected.length, asOf);
    },
    {
      onDone: (result) => {
        setPlans(result.plans);
        setPromises(result.promises);
      },
    },
  );
  const add = useTask(
    async (_run, draft: PromiseDraft, ref: CustomerRef) => {
      const recorded = isoToSerial(today) ?? 0;
      const amount = parseUserAmount(draft.amountText);
      if (amount === null) throw new DomainError("planPanel.badNumber", { text: draft.amountText });
      const date = isoToSerial(draft.dateText);
      if (date === null) throw new DomainError("planPanel.badDate", { text: draft.dateText });
      const existing = await readPromises(port);
      const promise = newPromise(ref, amount, date, draft.note.trim(), recorded, existing.map((p) => p.id));
      const next = [...existing, promise];
      await writePromises(port, next);
      return { promise, next };
    },
    {
      onDone: ({ next }, draft) => {
        setPromises(next);
        setDraft({ customer: draft.customer, amountText: "", dateText: draft.dateText, note: "" });
      },
    },
  );
  const reinstateTask = useTask(async (_run, planId: string, reason: string) => ({ planId, plans: await reinstate(port, planId, isoToSerial(today) ?? 0, reason) }), {
    onDone: ({ plans: next }) => {
      setPlans(next);
      setReinstateId("");
      setReinstateReason("");
    },
  });
  const check = checkTask.state;
  const { start: startCheck, fail: failCheck } = checkTask;
  const { start: startAdd } = add;

  useEffect(() => {
    let current = true;
    promiseCustomers(port)
      .then((names) => current && setOtherCustomers(names))
      .catch(() => undefined);
    Promise.all([readPlans(port), readPromises(port), listPaymentSources(port)])
      .then(([p, pr, s]) => {
        if (!current) return;
        setPlans(p);
        setPromises(pr);
        setSources(s);
        setSource(s[0] ?? null);
      })
      .catch((error) => current && failCheck(error));
    return () => {
      current = false;
    };
  }, [port, failCheck]);

  useEffect(() => {
    if (!source) return;
    let current = true;
    loadPayments(port, source)
      .then((read) => current && setPaymentCustomers([...new Map(read.payments.map((p) => [customerKeyOf(p), { customer: p.customer, customerId: p.customerId ?? "" }])).values()]))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [port, source]);

  const asOf = isoToSerial(asOfText);

  const runCheck = useCallback(() => {
    if (asOf === null) return;
    startCheck(source, asOf);
  }, [startCheck, source, asOf]);

  // One entry per customer by the key rule; a name seen without an id takes the id another source gives it.
  const customers: CustomerRef[] = [];
  for (const ref of [...otherCustomers, ...plans, ...paymentCustomers]) {
    const k = customers.findIndex((c) => sameCustomer(c, ref));
    if (k < 0) customers.push({ customer: ref.customer, customerId: ref.customerId ?? "" });
    else if (!customers[k].customerId && ref.customerId) customers[k] = { customer: customers[k].customer, customerId: ref.customerId };
  }

  const addPromise = useCallback(() => {
    // Adding writes the promises sheet: never two at once.
    if (add.running) return;
    startAdd(draft, customers.find((c) => customerKeyOf(c) === draft.customer) ?? { customer: "" });
  }, [startAdd, add.running, draft, customers]);

  const promiseMessage: PlansRegisterPanelState["promiseMessage"] =
    add.state.status === "done" ? { intent: "success", text: t("planPanel.promiseAdded", { id: add.state.result.promise.id }) } : add.state.status === "error" ? { intent: "error", text: add.state.message } : null;

  return {
    asOfText,
    asOfValid: asOf !== null,
    sources,
    source,
    plans,
    promises,
    customers,
    check,
    draft,
    promiseMessage,
    reinstateId,
    reinstateReason,
    reinstateMessage:
      reinstateTask.state.status === "done"
        ? { intent: "success", text: t("planPanel.reinstated", { planId: reinstateTask.state.result.planId }) }
        : reinstateTask.state.status === "error"
          ? { intent: "error", text: reinstateTask.state.message }
          : null,
    setReinstateId,
    setReinstateReason,
    reinstatePlan: () => {
      if (reinstateTask.running || reinstateId === "") return;
      reinstateTask.start(reinstateId, reinstateReason);
    },
    setAsOfText,
    chooseSource: (key) => setSource(sources.find((s) => sourceKey(s) === key) ?? null),
    runCheck,
    setDraft,
    addPromise,
  };
}
