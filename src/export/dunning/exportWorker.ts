/**
 * The export worker's script (a chunk of its own, started by openExportWorker): serves the pane's
 * export requests on the worker's global scope with the PDF and Word writers.
 */
import { renderDocx } from "../core/docx";
import { renderPdf } from "../core/pdf";
import { Channel, FromWorker, ToWorker } from "./exportProtocol";
import { serveExport } from "./exportService";

/** The worker's global scope, as much of it as the channel uses (the project's types are the DOM's, not the worker's). */
const scope = globalThis as unknown as {
  postMessage(message: FromWorker, transfer: ArrayBuffer[]): void;
  addEventListener(type: "message", listener: (e: MessageEvent<ToWorker>) => void): void;
  close(): void;
};

const channel: Channel<ToWorker, FromWorker> = {
  post: (message, transfer = []) => scope.postMessage(message, transfer),
  listen: (handler) => scope.addEventListener("message", (e) => handler(e.data)),
  close: () => scope.close(),
};

serveExport(channel, { pdf: renderPdf, docx: renderDocx });
