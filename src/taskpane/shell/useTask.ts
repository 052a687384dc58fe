/**
 * One task a panel runs: an aging run, a review, a save. It runs, reports progress (a phase and the
 * fraction done), can be cancelled, and ends in its result or in a message in the user's language. The
 * panel keeps only its own inputs; this hook keeps the run.
 *
 * Rules:
 * - Starting again while a run is in progress cancels that run (its signal is aborted) and the new one
 *   takes over: an aging run for other options, a load for another source. Whatever the old run still
 *   reports or returns is ignored. A task that must not run twice (a write without a signal) is
 *   guarded by its panel: the button is disabled, or `start` is not called, while `running`.
 * - Cancelling does not stop work that ignores its signal; it ends the run for the pane at once
 *   (status "cancelled") and its late result is ignored.
 * - After the panel unmounts the running run is aborted, and nothing it reports or returns reaches
 *   state or `onDone`.
 * - A result that is ignored (cancelled, superseded, unmounted) goes to `discard`, to free what it
 *   holds (object URLs).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { errorText } from "./errors";

export type TaskState<R, P extends string = string> =
  | { readonly status: "idle" }
  /** `phase` is null until the run reports one; `fraction` of the whole task, 0 → 1. */
  | { readonly status: "running"; readonly phase: P | null; readonly fraction: number }
  | { readonly status: "done"; readonly result: R }
  | { readonly status: "cancelled" }
  | { readonly status: "error"; readonly message: string };

/** What the work of one run is handed. */
export interface TaskRun<P extends string = string> {
  /** Aborted when the run is cancelled, replaced by a newer start, or the panel unmounts. */
  readonly signal: AbortSignal;
  /** Reports progress; ignored once the run is no longer the current one. */
  progress(phase: P, fraction?: number): void;
}

export interface TaskOptions<R, A extends readonly unknown[]> {
  /** The message of a failure (default: `errorText`, a known problem's own text or "unexpected error: …"). */
  readonly message?: (error: unknown, ...args: A) => string;
  /** Called once with the result when the run ends in it (never for an ignored run). */
  readonly onDone?: (result: R, ...args: A) => void;
  /** Called with the result of a run that ended after it was cancelled, replaced or unmounted. */
  readonly discard?: (result: R) => void;
}

export interface Task<R, A extends readonly unknown[] = [], P extends string = string> {
  readonly state: TaskState<R, P>;
  readonly running: boolean;
  /** Starts a run with these arguments, cancelling the one in progress (see the rules above). */
  start(...args: A): void;
  /** Ends the run in progress as "cancelled" (no-op when none runs). */
  cancel(): void;
  /** Back to "idle", dropping a result or message (and silently cancelling a run in progress). */
  reset(): void;
  /**
   * Ends in the message (`errorText`) of an error raised outside a run, e.g. when what the task needs
   * could not be loaded; cancels a run in progress.
   */
  fail(error: unknown): void;
}

interface Current {
  readonly controller: AbortController;
}

/**
 * @example
 * const review = useTask((run, date: Serial) => runReview({ port, date, signal: run.signal }));
 * review.start(date);
 * review.state.status === "done" && review.state.result;
 */
export function useTask<R, A extends readonly unknown[] = [], P extends string = string>(
  work: (run: TaskRun<P>, ...args: A) => Promise<R>,
  options: TaskOptions<R, A> = {},
): Task<R, A, P> {
  const [state, setState] = useState<TaskState<R, P>>({ status: "idle" });
  const current = useRef<Current | null>(null);
  const mounted = useRef(false);
  // The latest work and options, so that a run uses the inputs of the last render it was started from.
  const latest = useRef({ work, options });
  useLayoutEffect(() => {
    latest.current = { work, options };
  });

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      current.current?.controller.abort();
      current.current = null;
    };
  }, []);

  /** Stops the run in progress, if any, without touching the state. */
  const drop = useCallback(() => {
    current.current?.controller.abort();
    current.current = null;
  }, []);

  const start = useCallback(
    (...args: A) => {
      drop();
      const me: Current = { controller: new AbortController() };
      current.current = me;
      const live = () => mounted.current && current.current === me;
      const { work: run, options: opts } = latest.current;
      setState({ status: "running", phase: null, fraction: 0 });
      const progress = (phase: P, fraction = 0) => {
        if (live()) setState({ status: "running", phase, fraction: Math.min(1, Math.max(0, fraction)) });
      };
      let pending: Promise<R>;
      try {
        pending = run({ signal: me.controller.signal, progress }, ...args);
      } catch (error) {
        pending = Promise.reject(error);
      }
      pending.then(
        (result) => {
          if (!live()) {
            opts.discard?.(result);
            return;
          }
          current.current = null;
          setState({ status: "done", result });
          opts.onDone?.(result, ...args);
        },
        (error: unknown) => {
          if (!live()) return;
          current.current = null;
          setState({ status: "error", message: (opts.message ?? errorText)(error, ...args) });
        },
      );
    },
    [drop],
  );

  const cancel = useCallback(() => {
    if (!current.current) return;
    drop();
    setState({ status: "cancelled" });
  }, [drop]);

  const reset = useCallback(() => {
    drop();
    setState({ status: "idle" });
  }, [drop]);

  const fail = useCallback(
    (error: unknown) => {
      drop();
      setState({ status: "error", message: errorText(error) });
    },
    [drop],
  );

  return useMemo(() => ({ state, running: state.status === "running", start, cancel, reset, fail }), [state, start, cancel, reset, fail]);
}
