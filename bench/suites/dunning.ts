import "../lib/assets";
import "../lib/mimetextNode";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { GCProfiler } from "node:v8";
import { CellInput, ymdToSerial } from "../../src/domain/core";
import { CustomerProfile, DunningLogEntry, DunningRunInput, policyTemplateRows, readPolicyTable } from "../../src/domain/dunning";
import { readLedger } from "../../src/domain/ledger";
import { renderDocx } from "../../src/export/core/docx";
import { renderPdf } from "../../src/export/core/pdf";
import { dunningLetterDocument, LetterSender } from "../../src/export/dunning/letter";
import { exportInBackground } from "../../src/export/dunning/exportClient";
import { MAIL_MERGE_HEADERS } from "../../src/export/dunning/runExport";
import { tableXlsx } from "../../src/export/core/table";
import { runPaced } from "../../src/taskpane/dunning/dunningWorkbook";
import { pacer, yieldToHost } from "../../src/workbook/pacing";
import { collect, heapInUse, liveAfterFullGcs, liveNow, measureOnceAsync, now } from "../lib/measure";
import { startExportWorker } from "../lib/startExportWorker";
import { count, ms, Section, Suite, verdict } from "../lib/table";

/**
 * The dunning run for 10,000 customers with 100,000 overdue items (BENCH_DUNNING_CUSTOMERS, 10 items
 * each), as the pane runs it: the run paced in 10 ms stretches (the longest block between two pauses
 * measured), then the export of every letter as PDF and Word into one ZIP with the mail-merge list
 * (BENCH_DUNNING_LETTERS letters, default 500; BENCH_DUNNING_FULL=1 exports every letter), made as
 * the pane makes it, in a worker (worker_threads here, a Web Worker in the pane): its peak heap, the
 * pane's and the worker's, and letters per second. Targets: longest block ≤ 100 ms, peak heap ≤ 1 GB.
 * The export's longest block is the pane's event loop's (loopProbe): what a click on the pane waits
 * for while the worker renders.
 */
export const TARGETS = { longestBlockMs: 100, peakHeapBytes: 2 ** 30 } as const;

const LANGS = ["it", "de", "nl", "fr", "en"];
const COUNTRIES = ["IT", "DE", "NL", "FR", "GB"];
const SENDER: LetterSender = { name: "Sample Trading S.p.A.", addressLines: ["Via Esempio 1", "20100 Milano"], vatId: "IT00743110157", iban: "IT60 X054 2811 1010 0000 0123 456", contact: "credit@sample-trading.example" };

/** A ledger of `customers` × `items` overdue invoices (due 8 to 120 days before as-of), the customer file and a log for a third of them. */
function generate(customers: number, items: number, asOf: number): DunningRunInput {
  const values: CellInput[][] = [["Customer", "Customer No.", "Invoice", "Due date", "Open amount", "Currency", "Status", "Country", "Language"]];
  const profiles: CustomerProfile[] = [];
  const log: DunningLogEntry[] = [];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let c = 0; c < customers; c++) {
    const id = `K${String(c).padStart(6, "0")}`;
    const name = `Customer ${c} ${["S.r.l.", "GmbH", "B.V.", "SARL", "Ltd"][c % 5]}`;
    profiles.push({ id, name, kind: c % 7 === 0 ? "individual" : "business", address: [`Street ${c}`, "10000 City"], country: COUNTRIES[c % 5], language: LANGS[c % 5], email: `ar${c}@example.com`, contact: "" });
    const invoices: string[] = [];
    for (let k = 0; k < items; k++) {
      const invoice = `INV-${c}-${k}`;
      invoices.push(invoice);
      values.push([name, id, invoice, asOf - 8 - Math.floor(rand() * 112), Math.round(100 + rand() * 5000) + 0.25, c % 11 === 0 ? "GBP" : "EUR", k === 3 ? "Disputed" : "Open", COUNTRIES[c % 5], LANGS[c % 5]]);
    }
    if (c % 3 === 0) log.push({ date: asOf - 20, customerId: id, customer: name, items: invoices.map((invoice) => ({ invoice, level: 1 + (c % 3) })), level: 1, amount: 0, interest: 0, fee: 0, currency: "EUR", channel: "email", file: "" });
  }
  return {
    asOf, ledger: readLedger(values).rows, customers: profiles, policy: readPolicyTable(policyTemplateRows()), log, plans: [], promises: [], minimum: 500, defaultLanguage: "en", defaultJurisdiction: "EU",
  };
}

/** A pause that records how long the work ran since the last one. */
function gapProbe() {
  let last = now();
  let longest = 0;
  let pauses = 0;
  return {
    pause: async () => {
      const t = now();
      longest = Math.max(longest, t - last);
      pauses++;
      await yieldToHost();
      last = now();
    },
    finish() {
      longest = Math.max(longest, now() - last);
      return { longest, pauses };
    },
  };
}

/**
 * The event loop as a click on the pane would find it: a 1 ms timer chain that records the longest gap
 * between two of its turns, per phase of the work (the gap goes to the phase set when it ends), with
 * perf_hooks' event-loop delay as a check; and the heap in use (JS heap + ArrayBuffers) at every turn,
 * above the heap when the probe starts. A timer, not a setImmediate ticker: the pane's thread is idle
 * while the worker renders, and a ticker would spin on it, taking one of the machine's two cores from
 * the worker and making garbage of its own.
 *
 * That heap counts garbage V8 has not collected yet, and V8 lets it grow to a multiple of everything
 * live (here the 100,000-item run too) before a full GC. What the export needs is read after each full
 * GC during it (JS heap + external memory, from V8's GC profiler) and once more at the end with a GC:
 * the live peak, above the same measure at the start.
 */
function loopProbe() {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const gcs = new GCProfiler();
  gcs.start();
  const liveBase = liveNow();
  const base = heapInUse();
  const longest = new Map<string, number>();
  let phase = "letters";
  let last = now();
  let peak = base;
  let ticks = 0;
  const turn = () => {
    const t = now();
    longest.set(phase, Math.max(longest.get(phase) ?? 0, t - last));
    peak = Math.max(peak, heapInUse());
    ticks++;
    last = now();
  };
  let timer = setTimeout(function tick() {
    turn();
    timer = setTimeout(tick, 1);
  }, 1);
  return {
    phase(name: string) {
      phase = name;
    },
    /** Stops the probe, its last gap being the one up to now (the work's end). */
    finish() {
      turn();
      clearTimeout(timer);
      delay.disable();
      const { livePeak, fullGcs } = liveAfterFullGcs(gcs.stop());
      const all = Math.max(...longest.values());
      return { longest: all, byPhase: longest, delayMax: delay.max / 1e6, peakBytes: peak - base, baseBytes: base, ticks, fullGcs, livePeakAfterGc: livePeak - liveBase, liveBase };
    },
  };
}

export const dunningSuite: Suite = {
  name: "Dunning run",
  async run({ log, env }) {
    const customers = Number(env.BENCH_DUNNING_CUSTOMERS ?? 10_000);
    const full = env.BENCH_DUNNING_FULL === "1";
    const asOf = ymdToSerial(2026, 12, 1);
    log(`  generating ${count(customers)} customers × 10 items…`);
    const input = generate(customers, 10, asOf);

    // A warm-up run, then three measured ones: the median time and the median of their longest blocks.
    await runPaced(input);
    const runs: { m: Awaited<ReturnType<typeof measureOnceAsync<Awaited<ReturnType<typeof runPaced>>>>>; longest: number }[] = [];
    for (let r = 0; r < 3; r++) {
      // The probe starts inside the measured call, after measureOnceAsync's full collection.
      let probe = gapProbe();
      const m = await measureOnceAsync(() => {
        probe = gapProbe();
        return runPaced(input, { pace: pacer(probe.pause) });
      });
      runs.push({ m, longest: probe.finish().longest });
    }
    const byTime = [...runs].sort((a, b) => a.m.ms - b.m.ms)[1];
    const runMeasured = byTime.m;
    const runGaps = { longest: [...runs].sort((a, b) => a.longest - b.longest)[1].longest };
    const result = runMeasured.result;
    log(`  run: ${ms(runMeasured.ms)} ms, ${count(result.letters.length)} letters, longest block ${ms(runGaps.longest)} ms`);

    const letters = full ? result.letters : result.letters.slice(0, Number(env.BENCH_DUNNING_LETTERS ?? 500));
    const slice = { ...result, letters };
    // Warm the writers (font parsing, module loading) on one letter before timing.
    const first = dunningLetterDocument(letters[0], SENDER, asOf);
    await renderPdf(first);
    await renderDocx(first);
    // ... and the XLSX writer (the mail-merge list).
    await tableXlsx("warm", ["a"], [["b"]]);
    const pdfOnly = await measureOnceAsync(async () => {
      for (const l of letters) await renderPdf(dunningLetterDocument(l, SENDER, asOf));
    });
    const docxOnly = await measureOnceAsync(async () => {
      for (const l of letters) await renderDocx(dunningLetterDocument(l, SENDER, asOf));
    });
    log(`  ${count(letters.length)} letters: PDF ${ms(pdfOnly.ms)} ms, Word ${ms(docxOnly.ms)} ms`);
    // The export as the pane makes it: the letters rendered in a worker, the pane's thread only sending them and keeping the ZIP's Blobs.
    const worker = await startExportWorker();
    const exported = await measureOnceAsync(async () => {
      const loop = loopProbe();
      const files = await exportInBackground({
        result: slice, sender: SENDER, open: () => worker.channel, renderers: async () => ({ pdf: renderPdf, docx: renderDocx }),
        progress: (f) => {
          if (f >= 1) loop.phase("mail merge");
        },
      });
      // The probe stops as the export resolves: measureOnceAsync's own bookkeeping after it (its GC profiler's report of thousands of GCs takes a few hundred ms) is not the pane's work.
      return { files, loop: loop.finish() };
    });
    const exportLoop = exported.result.loop;
    const workerHeap = await worker.heap();
    const lettersLongest = exportLoop.byPhase.get("letters") ?? 0;
    const mergeLongest = exportLoop.byPhase.get("mail merge") ?? 0;
    // What the pane's heap still holds once the garbage is collected: the result (the ZIP's Blob handles, the CSV and XLSX, the letters list).
    collect();
    const heldBytes = liveNow() - exportLoop.liveBase;
    // The ZIP's bytes are in Blobs, outside V8's heap (node's Blob store here, the browser's in the pane), and not in `live`: counted in full, as if held from the start.
    const zipBytes = exported.result.files.zip.blob.size;
    // The pane's live peak: the most its heap held after a full GC during the export, or at its end, and the ZIP.
    const paneLivePeak = Math.max(exportLoop.livePeakAfterGc, heldBytes) + zipBytes;
    // The worker's: the most it held after one of its own full GCs.
    const workerLivePeak = Math.max(0, workerHeap.livePeak - workerHeap.liveBase);
    // The target: the two added up (an upper bound: their peaks need not come at the same moment).
    const livePeak = paneLivePeak + workerLivePeak;
    // The pane's heap with garbage not yet collected: the larger of the heap at the loop's turns and before each GC (an upper bound).
    const exportPeak = Math.max(exportLoop.peakBytes, exported.peakBytes);
    const mb = (bytes: number) => count(Math.round(bytes / 2 ** 20));
    log(`  export: ${ms(exported.ms)} ms, ZIP ${mb(zipBytes)} MB, live peak ${mb(livePeak)} MB (pane ${mb(paneLivePeak)} with the ZIP's Blobs, ${count(exportLoop.fullGcs)} full GCs; worker ${mb(workerLivePeak)}; the pane's heap holds ${mb(heldBytes)} MB at the end), the pane's heap with garbage ${mb(exportPeak)} MB; the pane's longest block ${ms(exportLoop.longest)} ms (letters ${ms(lettersLongest)}, mail merge ${ms(mergeLongest)}; event-loop delay max ${ms(exportLoop.delayMax)})`);
    // The mail-merge XLSX of every letter of the run, paced as the pane does it; each body differs, as each letter does (a shared string is written once).
    const mergeRows = result.letters.map((l) => [l.customerId, l.customer, l.profile?.email ?? "", "", l.language, String(l.level), l.channel, "subject", `${l.customer}: ${"x".repeat(2500)}`, "total", "file"]);
    const xlsxProbe = gapProbe();
    const xlsxPace = pacer(xlsxProbe.pause);
    const xlsxStart = now();
    await tableXlsx("merge", [...MAIL_MERGE_HEADERS], mergeRows, { pause: () => xlsxPace.ahead(1) });
    const xlsxMs = now() - xlsxStart;
    const xlsxGaps = xlsxProbe.finish();
    log(`  mail-merge XLSX of ${count(mergeRows.length)} rows: ${ms(xlsxMs)} ms, ${count(xlsxGaps.pauses)} pauses, longest block ${ms(xlsxGaps.longest)} ms`);
    const perSecond = (n: number, t: number) => count(Math.round((n / t) * 1000));
    // The export's longest block: the larger of the probe's 1 ms timer's and perf_hooks' event-loop delay.
    const exportLongest = Math.max(exportLoop.longest, exportLoop.delayMax);
    const exportOk = exportLongest <= TARGETS.longestBlockMs && livePeak <= TARGETS.peakHeapBytes;
    const section: Section = {
      title: "Dunning run: 10,000 customers, 100,000 overdue items",
      intro: [
        `${count(customers)} customers × 10 overdue items (one disputed each, a third with an earlier letter in the log, every seventh an individual), the template policy, minimum 5.00.`,
        `The run as the pane does it (runPaced: prepare, then customer by customer in 10 ms stretches); the export of ${full ? "every letter" : `${count(letters.length)} letters`} as PDF and Word with the .eml drafts, streamed into one ZIP with the mail-merge CSV and XLSX, in a worker as the pane makes it (worker_threads here): the pane's thread sends the letters 50 at a time and keeps the ZIP's parts as Blobs (their bytes outside the JS heap).`,
        `Targets: longest block between two pauses ≤ ${TARGETS.longestBlockMs} ms (for the export: the pane's event loop's longest block, the larger of the longest gap between two turns of a 1 ms timer and perf_hooks' event-loop delay); peak heap ≤ 1 GB. The run: median of three after a warm-up; the export: one pass, its peak heap the live peak of the pane and of the worker added up: for each, JS heap + external memory after each of its full GCs during the export (and for the pane at its end with a GC), above the same at the start, and for the pane the whole ZIP held in Blobs (the pane's heap with garbage not yet collected is in the notes).`,
      ],
      table: {
        columns: [{ title: "Step" }, { title: "Count", align: "right" }, { title: "ms", align: "right" }, { title: "per s", align: "right" }, { title: "Longest block ms", align: "right" }, { title: "Peak heap MB", align: "right" }, { title: "Target", align: "right" }],
        rows: [
          ["Run (levels, exclusions, totals)", count(result.overdueItems), ms(runMeasured.ms), perSecond(result.overdueItems, runMeasured.ms), ms(runGaps.longest), count(Math.round(runMeasured.peakBytes / 2 ** 20)), verdict(runGaps.longest <= TARGETS.longestBlockMs)],
          ["Letters as PDF", count(letters.length), ms(pdfOnly.ms), perSecond(letters.length, pdfOnly.ms), "", "", ""],
          ["Letters as Word", count(letters.length), ms(docxOnly.ms), perSecond(letters.length, docxOnly.ms), "", "", ""],
          ["Mail-merge XLSX, every letter (paced)", count(mergeRows.length), ms(xlsxMs), perSecond(mergeRows.length, xlsxMs), ms(xlsxGaps.longest), "", verdict(xlsxGaps.longest <= TARGETS.longestBlockMs)],
          ["Export in a worker (PDF + Word + .eml → ZIP, mail merge)", count(letters.length), ms(exported.ms), perSecond(letters.length, exported.ms), ms(exportLongest), mb(livePeak), verdict(exportOk)],
          ["… its letters (PDF + Word + .eml → ZIP)", count(letters.length), "", "", ms(lettersLongest), "", verdict(lettersLongest <= TARGETS.longestBlockMs)],
          ["… its mail merge (CSV + XLSX → ZIP)", count(letters.length), "", "", ms(mergeLongest), "", verdict(mergeLongest <= TARGETS.longestBlockMs)],
        ],
      },
      notes: [
        `${count(result.letters.length)} letters, ${count(result.exclusions.length)} items left out, ${count(result.problems.length)} problems; ZIP ${mb(zipBytes)} MB (${count(Math.round(zipBytes / letters.length / 1024))} KB a letter).`,
        `Export: the pane's event-loop delay max (perf_hooks) ${ms(exportLoop.delayMax)} ms. Heap: live peak ${mb(livePeak)} MB: the pane ${mb(paneLivePeak)} MB (its heap after ${count(exportLoop.fullGcs)} of its full GCs during the export, and at its end, ${mb(paneLivePeak - zipBytes)} MB, of which it holds ${mb(heldBytes)} MB at the end with the result alive; and the ZIP's ${mb(zipBytes)} MB in Blobs) and the worker ${mb(workerLivePeak)} MB (after ${count(workerHeap.fullGcs)} of its full GCs); the pane's heap with the garbage V8 had not collected yet: ${mb(exportPeak)} MB (at the timer's turns ${mb(exportLoop.peakBytes)} MB, before GCs ${mb(exported.peakBytes)} MB, ${count(exported.gcs)} GCs).`,
      ],
    };
    return [section];
  },
};
