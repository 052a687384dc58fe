/**
 * Long work on the pane's thread, cut into short stretches so that the page stays responsive: the work
 * runs in small steps and, once a stretch has used its time budget, pauses (yields to the event loop:
 * a click, a repaint) before the next step. The browser counts a task over 50 ms as a long task; a
 * budget of 10 ms leaves room for the step that crosses it and for a young-generation collection, which
 * on a heap holding a million rows takes 10-30 ms, and lets a frame in every few (React's scheduler
 * yields every 5 ms). Host side only: the domain never pauses, the host calls it on row ranges between
 * pauses.
 */

/** Time a stretch of work may take before it pauses, ms. */
export const SLICE_BUDGET_MS = 10;

type Resolve = () => void;

interface Channel {
  readonly post: () => void;
  readonly queue: Resolve[];
}

let channel: Channel | null = null;

function messageChannel(): Channel {
  const ch = new MessageChannel();
  const queue: Resolve[] = [];
  ch.port1.onmessage = () => queue.shift()?.();
  return { post: () => ch.port2.postMessage(null), queue };
}

/**
 * Resolves in a new macrotask, after the events waiting: setImmediate where there is one (Node),
 * else a MessageChannel message (browsers: unlike a nested setTimeout(0) it is not clamped to 4 ms),
 * else setTimeout(0).
 */
export function yieldToHost(): Promise<void> {
  return new Promise<void>((resolve) => {
    const g = globalThis as { setImmediate?: (f: () => void) => unknown };
    if (typeof g.setImmediate === "function") g.setImmediate(resolve);
    else if (typeof MessageChannel === "function") {
      channel ??= messageChannel();
      channel.queue.push(resolve);
      channel.post();
    } else setTimeout(resolve, 0);
  });
}

export interface PaceOptions {
  /** Time budget of a stretch, ms (default SLICE_BUDGET_MS; Infinity: pause on the row count alone). */
  readonly budgetMs?: number;
  /** Most rows of work in one stretch, whatever the clock says (default: no limit). */
  readonly maxRows?: number;
  /** The clock, ms (default performance.now; tests pass their own). */
  readonly clock?: () => number;
}

/** Decides when long work pauses; one per run, shared by its phases. */
export interface Pacer {
  /**
   * Called before `rows` rows of work: pauses first when the stretch has used its time budget or the
   * rows would take it past `maxRows`; else resolves at once (no macrotask). The rows count into the
   * stretch they are done in.
   */
  ahead(rows: number): Promise<void>;
  /** Pauses now and starts a new stretch (before handing over to work that paces itself). */
  pause(): Promise<void>;
}

const resolved = Promise.resolve();

/**
 * @example
 * const pace = pacer(yieldToHost, { maxRows: 50_000 });
 * for (let from = 0; from < n; from += 4096) { await pace.ahead(4096); work(from, from + 4096); }
 */
export function pacer(pause: () => Promise<void> = yieldToHost, options: PaceOptions = {}): Pacer {
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const maxRows = options.maxRows ?? Infinity;
  const clock = options.clock ?? (() => performance.now());
  let since = clock();
  let rows = 0;
  const pauseNow = async () => {
    await pause();
    since = clock();
    rows = 0;
  };
  return {
    ahead(n) {
      const due = (rows > 0 && rows + n > maxRows) || clock() - since >= budget;
      if (!due) {
        rows += n;
        return resolved;
      }
      return pauseNow().then(() => {
        rows = n;
      });
    },
    pause: pauseNow,
  };
}
