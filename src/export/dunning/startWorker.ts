/**
 * Starts the export worker (webpack makes exportWorker.ts a chunk of its own from this `new URL`) and
 * sees it as a channel. Only the pane loads this module, and only where there is a Worker: the URL is
 * the bundler's, which Node and the tests do not have.
 */
import { Channel, FromWorker, ToWorker } from "./exportProtocol";

/** A channel to a new export worker. */
export function openExportWorker(): Channel<FromWorker, ToWorker> {
  const worker = new Worker(new URL("./exportWorker.ts", import.meta.url));
  return {
    post: (message, transfer = []) => worker.postMessage(message, transfer),
    listen: (handler) => {
      worker.addEventListener("message", (e: MessageEvent<FromWorker>) => handler(e.data));
      // A script that does not load, or an error the worker did not catch: the client tells the two apart by whether the worker said it was ready.
      worker.addEventListener("error", (e) => handler({ kind: "error", message: e.message || "export worker failed" }));
      worker.addEventListener("messageerror", () => handler({ kind: "error", message: "export worker: a message could not be read" }));
    },
    close: () => worker.terminate(),
  };
}
