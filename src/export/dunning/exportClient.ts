/**
 * The pane's side of the dunning export in a worker: sends the run's letters in batches (two in
 * flight, so the worker never waits), collects each batch's files and ZIP part, and gives back the
 * same RunFiles as exportRun. The pane's thread only clones a batch of letters and receives a
 * batch's names and a Blob of its bytes at a time: a few milliseconds each, and the archive never in
 * the pane's JS heap.
 */
import { Channel, FromWorker, ToWorker } from "./exportProtocol";
import { ExportedLetter, ExportOptions, exportRun, FailedLetter, Renderers, RunFiles, zipFile } from "./runExport";

/** Letters per message: a few milliseconds of cloning on the pane (the letters out, their names and texts back). */
export const BATCH = 50;

/** The worker could not start (its script did not load): the export runs on the pane's thread instead. */
class WorkerUnavailable extends Error {}

/** The run's files, made by the worker at the other end of the channel. Rejects with an AbortError when cancelled, with WorkerUnavailable when the worker never started. */
function exportThrough(channel: Channel<FromWorker, ToWorker>, o: BackgroundExport): Promise<RunFiles> {
  const all = o.result.letters;
  const letters: ExportedLetter[] = [];
  const failed: FailedLetter[] = [];
  const parts: Blob[] = [];
  let sent = 0;
  let received = 0;
  let ready = false;
  const next = () => {
    if (sent > all.length) return;
    if (sent === all.length) {
      channel.post({ kind: "end" });
      sent++;
      return;
    }
    const from = sent;
    sent = Math.min(all.length, sent + BATCH);
    channel.post({ kind: "letters", from, letters: all.slice(from, sent) });
  };
  return new Promise<RunFiles>((resolve, reject) => {
    const settle = () => {
      o.signal?.removeEventListener("abort", abort);
      channel.close();
    };
    const stop = (error: Error) => {
      settle();
      reject(error);
    };
    const abort = () => stop(new DOMException("cancelled", "AbortError"));
    if (o.signal?.aborted) return abort();
    o.signal?.addEventListener("abort", abort);
    channel.listen((m) => {
      switch (m.kind) {
        case "ready":
          ready = true;
          channel.post({ kind: "start", asOf: o.result.asOf, sender: o.sender });
          next();
          next();
          return;
        case "files":
          m.outcomes.forEach((outcome, j) => {
            const letter = all[m.from + j];
            if ("failed" in outcome) failed.push({ letter, message: outcome.failed });
            else letters.push({ letter, ...outcome });
          });
          parts.push(m.part);
          received += m.outcomes.length;
          o.progress?.(received / Math.max(1, all.length));
          next();
          return;
        case "finished":
          settle();
          resolve({ zip: zipFile(o.result.asOf, [...parts, m.part]), csv: m.csv, xlsx: m.xlsx, letters, failed });
          return;
        case "error":
          stop(ready ? new Error(m.message) : new WorkerUnavailable(m.message));
      }
    });
  });
}

export interface BackgroundExport extends Omit<ExportOptions, "renderers"> {
  /** A channel to a new export worker, or null where there is no Worker. */
  readonly open: () => Channel<FromWorker, ToWorker> | null;
  /** The writers for an export on the pane's thread, loaded only when there is no worker. */
  readonly renderers: () => Promise<Renderers>;
}

/**
 * The run's files, made in a worker when `open` gives a channel to one, else (no Worker here, or its
 * script fails to load) on the pane's thread with the pane's pauses: the same files either way.
 */
export async function exportInBackground(o: BackgroundExport): Promise<RunFiles> {
  const here = async () => exportRun({ ...o, renderers: await o.renderers() });
  let channel: Channel<FromWorker, ToWorker> | null;
  try {
    channel = o.open();
  } catch {
    channel = null;
  }
  if (!channel) return here();
  try {
    return await exportThrough(channel, o);
  } catch (error) {
    if (error instanceof WorkerUnavailable) return here();
    throw error;
  }
}
