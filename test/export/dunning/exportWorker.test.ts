import { strFromU8, unzipSync } from "fflate";
import { MessageChannel, MessagePort } from "node:worker_threads";
import { DunningLetter, DunningRunResult } from "../../../src/domain/dunning";
import { BackgroundExport, BATCH, exportInBackground } from "../../../src/export/dunning/exportClient";
import { Channel, FromWorker, ToWorker } from "../../../src/export/dunning/exportProtocol";
import { serveExport } from "../../../src/export/dunning/exportService";
import { exportRun, Renderers, RunFiles } from "../../../src/export/dunning/runExport";
import { AS_OF, SENDER, sampleLetter } from "./letterFixture";

/**
 * The dunning export through a worker, played here over a MessageChannel (the same structured clone
 * and transfer a Worker has): the same files as on the pane's thread, batch after batch, a failed
 * letter listed, cancelling stops the worker, and a worker that never starts leaves the export to the
 * pane's thread.
 */

/** Stand-ins for the writers: each file says which letter it is (rendering real PDFs is tested on its own). */
const FAKE: Renderers = {
  pdf: async (doc) => new TextEncoder().encode(`%PDF ${doc.title} ${doc.recipient.join(" | ")}`),
  docx: async (doc) => new TextEncoder().encode(`DOCX ${doc.title} ${doc.recipient[0]}`),
};

const LANGS = ["en", "it", "de", "nl", "fr"];
const TEXTS = ["reminder", "second", "final", "prelegal"] as const;

/** A run of `n` letters in the five languages and four texts, each to its own customer, every third by e-mail. */
function run(n: number): DunningRunResult {
  const letters: DunningLetter[] = Array.from({ length: n }, (_, i) => {
    const base = sampleLetter(TEXTS[i % 4], LANGS[i % 5]);
    return { ...base, key: `id:c${i}`, customerId: `C-${String(i).padStart(6, "0")}`, customer: `${base.customer} ${i}`, channel: i % 3 === 0 ? "email" : "letter" };
  });
  return { asOf: AS_OF, letters, exclusions: [], problems: [], totals: [], overdueItems: letters.reduce((s, l) => s + l.items.length, 0) };
}

function portChannel<In, Out>(port: MessagePort, onClose: () => void = () => undefined): Channel<In, Out> {
  return {
    post: (message, transfer = []) => port.postMessage(message, transfer),
    listen: (handler) => port.on("message", handler),
    close: () => {
      port.close();
      onClose();
    },
  };
}

/** A worker over a MessageChannel: what the pane's side sees, and how many letter batches the worker was sent. */
function workerOver(renderers: Renderers) {
  const { port1, port2 } = new MessageChannel();
  const seen = { batches: 0, closed: false };
  const worker = portChannel<ToWorker, FromWorker>(port2);
  serveExport({ ...worker, listen: (handler) => worker.listen((m) => ((seen.batches += m.kind === "letters" ? 1 : 0), handler(m))) }, renderers);
  return { pane: portChannel<FromWorker, ToWorker>(port1, () => (seen.closed = true)), seen };
}

/** An e-mail draft without what each one draws anew: its date, message id and MIME boundary. */
function steady(eml: string): string {
  const boundary = /boundary="?([^";\r\n]+)/.exec(eml)?.[1];
  return (boundary ? eml.replaceAll(boundary, "BOUNDARY") : eml).replace(/^(Date|Message-ID): .*$/gim, "$1: …");
}

/** A workbook's parts as text, without docProps/core.xml (it holds the time it was written). */
const sheetParts = (xlsx: Uint8Array) => JSON.stringify(Object.entries(unzipSync(xlsx)).filter(([name]) => name !== "docProps/core.xml").map(([name, bytes]) => [name, strFromU8(bytes)]));

/** Each entry of the run's ZIP, as text (drafts steadied, the workbook by its parts). */
const entries = async (files: RunFiles) =>
  Object.fromEntries(Object.entries(unzipSync(new Uint8Array(await files.zip.blob.arrayBuffer()))).map(([name, bytes]) => [name, name.endsWith(".eml") ? steady(strFromU8(bytes)) : name.endsWith(".xlsx") ? sheetParts(bytes) : strFromU8(bytes)]));

/** What the pane keeps of each letter: its customer and files. */
const kept = (files: RunFiles) => files.letters.map((e) => [e.letter.customerId, e.subject, e.text, e.pdf, e.docx, e.eml]);

const options = (result: DunningRunResult, open: BackgroundExport["open"], more: Partial<BackgroundExport> = {}): BackgroundExport => ({ result, sender: SENDER, open, renderers: async () => FAKE, ...more });

describe("the dunning export in a worker", () => {
  it("makes the same files as the pane's thread, in batches, and closes the worker at the end", async () => {
    const result = run(2 * BATCH + 7);
    const worker = workerOver(FAKE);
    const progress: number[] = [];
    const there = await exportInBackground(options(result, () => worker.pane, { progress: (f) => progress.push(f) }));
    const here = await exportRun({ result, sender: SENDER, renderers: FAKE });

    expect(worker.seen.batches).toBe(3);
    expect(worker.seen.closed).toBe(true);
    expect(kept(there)).toEqual(kept(here));
    expect(there.letters.map((e) => e.letter)).toEqual(result.letters);
    // The archive's own bytes hold the clock's dates: its entries are what must agree.
    const files = await entries(there);
    expect(files).toEqual(await entries(here));
    expect(Object.keys(files).filter((n) => n.startsWith("pdf/"))).toHaveLength(result.letters.length);
    expect(Object.keys(files).filter((n) => n.startsWith("eml/"))).toHaveLength(Math.ceil(result.letters.length / 3));
    expect(there.zip.blob.type).toBe("application/zip");
    expect(strFromU8(there.csv.bytes)).toBe(strFromU8(here.csv.bytes));
    expect(sheetParts(there.xlsx.bytes)).toBe(sheetParts(here.xlsx.bytes));
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("lists a letter whose PDF cannot be made with its reason, and exports the others", async () => {
    const result = run(12);
    const broken = result.letters[5].customer;
    const worker = workerOver({ ...FAKE, pdf: async (doc, o) => (doc.recipient[0] === broken ? Promise.reject(new Error("logo is not an image")) : FAKE.pdf(doc, o)) });
    const files = await exportInBackground(options(result, () => worker.pane));
    expect(files.failed).toEqual([{ letter: result.letters[5], message: "logo is not an image" }]);
    expect(files.letters.map((e) => e.letter.customerId)).toEqual(result.letters.filter((_, i) => i !== 5).map((l) => l.customerId));
    expect(Object.keys(await entries(files)).filter((n) => n.startsWith("pdf/"))).toHaveLength(11);
  });

  it("stops the worker when cancelled, and rejects with an AbortError", async () => {
    const result = run(3 * BATCH);
    const worker = workerOver(FAKE);
    const cancel = new AbortController();
    const files = exportInBackground(options(result, () => worker.pane, { signal: cancel.signal, progress: () => cancel.abort() }));
    await expect(files).rejects.toMatchObject({ name: "AbortError" });
    expect(worker.seen.closed).toBe(true);
    expect(worker.seen.batches).toBeLessThan(3);
  });

  it("exports on the pane's thread when the worker does not start, or there is no Worker", async () => {
    const result = run(4);
    const here = kept(await exportRun({ result, sender: SENDER, renderers: FAKE }));
    let loaded = 0;
    const failing: Channel<FromWorker, ToWorker> = { post: () => undefined, listen: (handler) => setTimeout(() => handler({ kind: "error", message: "404" })), close: () => undefined };
    const counted = { renderers: async () => (loaded++, FAKE) };
    expect(kept(await exportInBackground(options(result, () => failing, counted)))).toEqual(here);
    expect(kept(await exportInBackground(options(result, () => null, counted)))).toEqual(here);
    expect(loaded).toBe(2);
  });

  it("fails the export, not falls back, when the worker breaks after it started", async () => {
    const result = run(4);
    const { port1, port2 } = new MessageChannel();
    const worker = portChannel<ToWorker, FromWorker>(port2);
    worker.listen((m) => m.kind === "start" && worker.post({ kind: "error", message: "out of memory" }));
    worker.post({ kind: "ready" });
    await expect(exportInBackground(options(result, () => portChannel(port1)))).rejects.toThrow("out of memory");
    port2.close();
  });
});
