/** State and actions of the Write-off panel: props (port, today) → what the panel shows and can do. */
import { useEffect, useMemo, useState } from "react";
import { customerKeyOf } from "../../domain/customers";
import { CustomerItems, OpenItem } from "../../domain/plans";
import { needsSecondApprover, WriteOffPolicy, WriteOffRecord } from "../../domain/writeoffs";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { errorText } from "../shell/errors";
import { LedgerSource, listSources, sourceKey } from "../shell/ledgerSource";
import { useTask } from "../shell/useTask";
import { runReversal, runWriteOff } from "./runWriteOff";
import { loadLedgerItems, loadPolicy, readWriteOffRegister } from "./writeoffWorkbook";

export type Load<T> = { readonly status: "loading" } | { readonly status: "ready"; readonly value: T } | { readonly status: "error"; readonly message: string };

export interface WriteOffData {
  readonly customers: readonly CustomerItems[];
  readonly missing: readonly string[];
  readonly writtenOff: number;
  readonly register: readonly WriteOffRecord[];
}

/** An item's key in the panel's selection. */
export const itemKey = (i: OpenItem, k: number) => `${k}:${i.invoice}:${i.currency}`;

export function useWriteOffPanel(port: WorkbookPort, today: string) {
  const [sources, setSources] = useState<readonly LedgerSource[]>([]);
  const [ledger, setLedger] = useState<LedgerSource | null>(null);
  const [data, setData] = useState<Load<WriteOffData>>({ status: "loading" });
  const [policy, setPolicy] = useState<Load<WriteOffPolicy>>({ status: "loading" });
  const [customer, setCustomer] = useState("");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dateText, setDateText] = useState(today);
  const [reason, setReason] = useState("");
  const [approver, setApprover] = useState("");
  const [second, setSecond] = useState("");
  const [reverseId, setReverseId] = useState("");
  const [reverseReason, setReverseReason] = useState("");
  const [reverseApprover, setReverseApprover] = useState("");
  const [reload, setReload] = useState(0);
  const refresh = () => setReload((n) => n + 1);
  const post = useTask(() => runWriteOff({ port, customer: group!.customer, customerId: group!.customerId, items: chosenItems, date: date!, reason, approver, secondApprover: needsSecond ? second : "" }), {
    onDone: () => {
      setSelected(new Set());
      refresh();
    },
  });
  const reverse = useTask(() => runReversal({ port, entryId: reverseId, date: date!, reason: reverseReason, approver: reverseApprover }), {
    onDone: () => {
      setReverseId("");
      refresh();
    },
  });

  useEffect(() => {
    let current = true;
    listSources(port)
      .then((list) => {
        if (!current) return;
        setSources(list.sources);
        // The same source keeps its object, so a refresh reads the ledger once.
        setLedger((prev) => (prev && list.sources.some((s) => sourceKey(s) === sourceKey(prev)) ? prev : list.preferred));
        if (!list.preferred) setData({ status: "ready", value: { customers: [], missing: [], writtenOff: 0, register: [] } });
      })
      .catch((error) => current && setData({ status: "error", message: errorText(error) }));
    loadPolicy(port)
      .then((value) => current && setPolicy({ status: "ready", value }))
      .catch((error) => current && setPolicy({ status: "error", message: errorText(error) }));
    return () => {
      current = false;
    };
  }, [port, reload]);

  useEffect(() => {
    if (!ledger) return;
    let current = true;
    setData({ status: "loading" });
    (async () => {
      const register = await readWriteOffRegister(port);
      const items = await loadLedgerItems(port, ledger, register.records);
      if (!current) return;
      const customers = items.customers.filter((c) => c.items.some((i) => i.open > 0) || c.disputed.some((i) => i.open > 0));
      setData({ status: "ready", value: { ...items, customers, register: register.records } });
      setCustomer((prev) => (customers.some((c) => customerKeyOf(c) === prev) ? prev : customers[0] ? customerKeyOf(customers[0]) : ""));
    })().catch((error) => current && setData({ status: "error", message: errorText(error) }));
    return () => {
      current = false;
    };
  }, [port, ledger, reload]);

  const value = data.status === "ready" ? data.value : null;
  const group = value?.customers.find((c) => customerKeyOf(c) === customer) ?? null;
  // Every open item of the customer, disputed ones too (a dispute is often why a debt goes bad); credit notes are not written off.
  const items = useMemo(() => (group ? [...group.items, ...group.disputed].filter((i) => i.open > 0) : []), [group]);
  const chosenItems = items.filter((i, k) => selected.has(itemKey(i, k)));
  const total = chosenItems.reduce((s, i) => s + i.open, 0);
  const date = isoToSerial(dateText);
  const pol = policy.status === "ready" ? policy.value : null;
  const needsSecond = pol !== null && needsSecondApprover(pol, total, approver);
  const reversible = (value?.register ?? []).filter((w) => w.status === "Written off" && w.recovered === 0);
  const busy = post.running || reverse.running;

  return {
    sources,
    ledger,
    data,
    policy,
    customer,
    group,
    items,
    selected,
    total,
    dateText,
    reason,
    approver,
    second,
    needsSecond,
    post,
    reverse,
    reversible,
    reverseId,
    reverseReason,
    reverseApprover,
    busy,
    canPost: !busy && pol !== null && chosenItems.length > 0 && date !== null && reason.trim() !== "" && approver !== "" && (!needsSecond || second !== ""),
    canReverse: !busy && reverseId !== "" && date !== null && reverseReason.trim() !== "" && reverseApprover.trim() !== "",
    refresh,
    chooseLedger: (key: string) => setLedger(sources.find((s) => sourceKey(s) === key) ?? null),
    chooseCustomer: (key: string) => {
      setCustomer(key);
      setSelected(new Set());
    },
    toggle: (key: string) =>
      setSelected((prev) => {
        const next = new Set(prev);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    setDateText,
    setReason,
    setApprover,
    setSecond,
    setReverseId,
    setReverseReason,
    setReverseApprover,
  };
}
