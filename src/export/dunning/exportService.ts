/**
 * The worker's side of the dunning export: renders each letter the pane sends into one ZIP and hands
 * the archive's bytes back batch by batch as Blobs, then the mail-merge list. It runs off the pane's
 * thread, so it never pauses: pdf-lib's and docx's garbage, which takes V8 long collections on a heap
 * of a gigabyte, is collected on this thread and the pane stays responsive (see runExport.ts for the
 * same export on the pane's own thread, where there is no worker).
 */
import { DunningLetter } from "../../domain/dunning";
import { ZipWriter } from "../core/zip";
import { buffersOf, Channel, FromWorker, LetterOutcome, ToWorker } from "./exportProtocol";
import { LetterSender } from "./letter";
import { addLetterFiles, errorMessage, finishRun, mailMergeRow, Renderers } from "./runExport";

interface Session {
  readonly asOf: number;
  readonly sender: LetterSender;
  readonly renderers: Renderers;
  readonly zip: ZipWriter;
  /** The mail-merge rows of the letters made so far (the letters themselves are dropped). */
  readonly rows: string[][];
}

/** Serves export requests on the channel, one message at a time in the order they came. */
export function serveExport(channel: Channel<ToWorker, FromWorker>, renderers: Renderers): void {
  const queue: ToWorker[] = [];
  let busy = false;
  let session: Session | null = null;

  async function letters(s: Session, from: number, batch: readonly DunningLetter[]): Promise<void> {
    const outcomes: LetterOutcome[] = [];
    for (const letter of batch) {
      try {
        const files = await addLetterFiles(s.zip, letter, s.sender, s.asOf, s.renderers);
        s.rows.push(mailMergeRow(letter, files));
        outcomes.push(files);
      } catch (error) {
        outcomes.push({ failed: errorMessage(error) });
      }
    }
    // The batch's bytes go as a Blob: the pane gets a handle to them, never the bytes in its heap.
    channel.post({ kind: "files", from, outcomes, part: s.zip.takeBlob() });
  }

  async function end(s: Session): Promise<void> {
    const run = await finishRun(s.zip, s.asOf, s.rows);
    channel.post({ kind: "finished", csv: run.csv, xlsx: run.xlsx, part: run.last }, buffersOf(run.csv.bytes, run.xlsx.bytes));
  }

  async function handle(m: ToWorker): Promise<void> {
    if (m.kind === "start") {
      session = { asOf: m.asOf, sender: m.sender, renderers, zip: new ZipWriter(), rows: [] };
      return;
    }
    if (!session) throw new Error(`export worker: "${m.kind}" before "start"`);
    if (m.kind === "letters") await letters(session, m.from, m.letters);
    else {
      await end(session);
      session = null;
    }
  }

  async function drain(): Promise<void> {
    busy = true;
    while (queue.length > 0) {
      try {
        await handle(queue.shift()!);
      } catch (error) {
        queue.length = 0;
        session = null;
        channel.post({ kind: "error", message: errorMessage(error) });
      }
    }
    busy = false;
  }

  channel.listen((m) => {
    queue.push(m);
    if (!busy) void drain();
  });
  channel.post({ kind: "ready" });
}
