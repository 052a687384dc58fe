import { MessageChannel, Worker } from "node:worker_threads";
import * as path from "node:path";
import { Channel, FromWorker, ToWorker } from "../../src/export/dunning/exportProtocol";

/** What the export worker says of its heap (bench/lib/exportWorker.ts). */
export interface WorkerHeap {
  /** Most held after one of its full collections (JS heap + external), bytes. */
  readonly livePeak: number;
  /** The same when it started, bytes. */
  readonly liveBase: number;
  readonly fullGcs: number;
}

/**
 * Starts the bench's export worker and resolves once it is ready (its TypeScript compiled, as a
 * browser has the worker's chunk), with the channel the export client talks on (its first message,
 * "ready", kept for it) and a way to ask the worker for its heap once the export is done.
 */
export function startExportWorker(): Promise<{ channel: Channel<FromWorker, ToWorker>; heap: () => Promise<WorkerHeap> }> {
  const { port1, port2 } = new MessageChannel();
  const file = path.join(__dirname, "exportWorker.ts");
  const worker = new Worker(`require("ts-node/register/transpile-only"); require(${JSON.stringify(file)});`, { eval: true, workerData: { stats: port2 }, transferList: [port2] });
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", (first: FromWorker) => {
      worker.off("error", reject);
      const channel: Channel<FromWorker, ToWorker> = {
        post: (message, transfer = []) => worker.postMessage(message, transfer),
        listen: (handler) => {
          handler(first);
          worker.on("message", handler);
          worker.on("error", (e) => handler({ kind: "error", message: e.message }));
        },
        close: () => void 0,
      };
      const heap = () =>
        new Promise<WorkerHeap>((done) => {
          port1.once("message", (h: WorkerHeap) => {
            port1.close();
            void worker.terminate();
            done(h);
          });
          port1.postMessage("stats");
        });
      resolve({ channel, heap });
    });
  });
}
