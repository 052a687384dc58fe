/** State and actions of the Recovery panel: a payment typed for a written-off customer, matched and posted. */
import { useEffect, useState } from "react";
import { customerKeyOf } from "../../domain/customers";
import { openWriteOffs, WriteOffRecord } from "../../domain/writeoffs";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { errorText } from "../shell/errors";
import { useTask } from "../shell/useTask";
import { parseTypedAmount } from "./amountText";
import { runRecovery } from "./runWriteOff";
import { Load } from "./useWriteOffPanel";
import { readWriteOffRegister } from "./writeoffWorkbook";

export type MatchMode = "oldest" | "chosen";

export function useRecoveryPanel(port: WorkbookPort, today: string) {
  const [register, setRegister] = useState<Load<readonly WriteOffRecord[]>>({ status: "loading" });
  const [customer, setCustomer] = useState("");
  const [amountText, setAmountText] = useState("");
  const [dateText, setDateText] = useState(today);
  const [reference, setReference] = useState("");
  const [recordedBy, setRecordedBy] = useState("");
  const [mode, setMode] = useState<MatchMode>("oldest");
  // In the order the user ticks them: the payment fills them in that order.
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let current = true;
    setRegister({ status: "loading" });
    readWriteOffRegister(port)
      .then((read) => {
        if (!current) return;
        setRegister({ status: "ready", value: read.records });
        const keys = read.records.filter((w) => w.status === "Written off").map((w) => customerKeyOf(w));
        setCustomer((prev) => (keys.includes(prev) ? prev : (keys[0] ?? "")));
      })
      .catch((error) => current && setRegister({ status: "error", message: errorText(error) }));
    return () => {
      current = false;
    };
  }, [port, reload]);

  const records = register.status === "ready" ? register.value : [];
  // One entry per customer with something still written off, named as the first write-off names them.
  const customers = [...new Map(records.filter((w) => w.status === "Written off" && w.amount > w.recovered).map((w) => [customerKeyOf(w), w] as const)).entries()].map(([key, w]) => ({ key, customer: w.customer, customerId: w.customerId }));
  const who = customers.find((c) => c.key === customer) ?? null;
  const open = who ? openWriteOffs(records, who) : [];
  const amount = parseTypedAmount(amountText);
  const date = isoToSerial(dateText);
  const currencies = [...new Set(open.map((w) => w.currency))];
  const post = useTask(
    () => runRecovery({ port, customer: who!, amount: amount!, date: date!, currency: mode === "chosen" || currencies.length !== 1 ? "" : currencies[0], chosen: mode === "chosen" ? chosen : [], reference, recordedBy }),
    {
      onDone: () => {
        setAmountText("");
        setChosen([]);
        setReload((n) => n + 1);
      },
    },
  );
  const amountValid = amount === null || !Number.isNaN(amount);

  return {
    register,
    customers,
    customer,
    open,
    amountText,
    amountValid,
    dateText,
    reference,
    recordedBy,
    mode,
    chosen,
    post,
    outstanding: open.reduce((s, w) => s + w.amount - w.recovered, 0),
    canPost: !post.running && who !== null && amount !== null && amountValid && date !== null && recordedBy.trim() !== "" && (mode === "oldest" || chosen.length > 0),
    refresh: () => setReload((n) => n + 1),
    chooseCustomer: (key: string) => {
      setCustomer(key);
      setChosen([]);
    },
    setAmountText,
    setDateText,
    setReference,
    setRecordedBy,
    setMode,
    toggle: (entryId: string) => setChosen((prev) => (prev.includes(entryId) ? prev.filter((id) => id !== entryId) : [...prev, entryId])),
  };
}
