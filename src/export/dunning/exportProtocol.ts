/**
 * The messages between the pane and the export worker (exportService.ts renders, exportClient.ts
 * asks). The pane sends the letters in batches, one or two ahead of the worker; the worker answers
 * each batch with its letters' files and the ZIP bytes written for them, so neither side ever clones
 * the whole run at once. The archive's parts go as Blobs, whose bytes stay out of either JS heap (a
 * Blob is cloned as a handle); the other byte arrays go as transferred buffers.
 */
import { DunningLetter } from "../../domain/dunning";
import { LetterFile } from "../core/files";
import { LetterSender } from "./letter";
import { LetterFiles } from "./runExport";

export type ToWorker =
  | { readonly kind: "start"; readonly asOf: number; readonly sender: LetterSender }
  /** Letters `from`, `from + 1`, … of the run, rendered in that order. */
  | { readonly kind: "letters"; readonly from: number; readonly letters: readonly DunningLetter[] }
  /** Every letter has been sent: write the mail-merge list and close the archive. */
  | { readonly kind: "end" };

/** A letter's files, or why they could not be made. */
export type LetterOutcome = LetterFiles | { readonly failed: string };

export type FromWorker =
  /** The worker's code has loaded: the pane may start. */
  | { readonly kind: "ready" }
  /** The outcomes of the letters `from`, `from + 1`, … and the ZIP's bytes written for them (the archive's next part). */
  | { readonly kind: "files"; readonly from: number; readonly outcomes: readonly LetterOutcome[]; readonly part: Blob }
  /** The mail-merge list and the archive's last part. */
  | { readonly kind: "finished"; readonly csv: LetterFile; readonly xlsx: LetterFile; readonly part: Blob }
  /** The export stopped: an error of the worker itself, not of one letter (those are outcomes). Before "ready": the worker never started. */
  | { readonly kind: "error"; readonly message: string };

/**
 * One end of the pane–worker connection: a Worker seen from the pane, the worker's global scope seen
 * from inside, a MessagePort in tests and node's worker_threads in the bench.
 */
export interface Channel<In, Out> {
  post(message: Out, transfer?: ArrayBuffer[]): void;
  listen(handler: (message: In) => void): void;
  /** Ends the connection (the pane terminates the worker). */
  close(): void;
}

/** The buffers to transfer with a message, each once (two views may share one). */
export function buffersOf(...arrays: Uint8Array[]): ArrayBuffer[] {
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
