import "./assets";
import "./mimetextNode";
import { MessagePort, parentPort, workerData } from "node:worker_threads";
import { GCProfiler } from "node:v8";
import { renderDocx } from "../../src/export/core/docx";
import { renderPdf } from "../../src/export/core/pdf";
import { Channel, FromWorker, ToWorker } from "../../src/export/dunning/exportProtocol";
import { serveExport } from "../../src/export/dunning/exportService";
import { liveAfterFullGcs, liveNow } from "./measure";

/**
 * The pane's export worker (src/export/dunning/exportWorker.ts) on node's worker_threads, for the
 * bench: the same service and writers, with the fonts and mimetext loaded as the bench loads them.
 * On its `stats` port it answers with its own heap: the most live after any of its full collections
 * (JS heap + external memory) and the heap now.
 */
const port = parentPort!;
const stats = (workerData as { stats: MessagePort }).stats;
const gcs = new GCProfiler();
gcs.start();
const liveBase = liveNow();

const channel: Channel<ToWorker, FromWorker> = {
  post: (message, transfer = []) => port.postMessage(message, transfer),
  listen: (handler) => port.on("message", handler),
  close: () => port.close(),
};

stats.on("message", () => {
  stats.postMessage({ ...liveAfterFullGcs(gcs.stop()), liveBase });
  stats.close();
});

serveExport(channel, { pdf: renderPdf, docx: renderDocx });
