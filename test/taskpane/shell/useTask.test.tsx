/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { DomainError } from "../../../src/domain/core";
import { TaskOptions, TaskRun, useTask } from "../../../src/taskpane/shell/useTask";

/** A promise the test settles by hand, so every step of a run is in the test's control (no timers). */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

type Phase = "read" | "write";

/** A task whose runs the test drives: each start records its run, arguments and a promise to settle. */
function controlled(options: TaskOptions<string, [string]> = {}) {
  const runs: { run: TaskRun<Phase>; arg: string; end: ReturnType<typeof deferred<string>> }[] = [];
  const hook = renderHook(() =>
    useTask<string, [string], Phase>((run, arg) => {
      const end = deferred<string>();
      runs.push({ run, arg, end });
      return end.promise;
    }, options),
  );
  return { ...hook, runs };
}

/** Lets settled promises' callbacks run, inside act so React applies their state updates. */
const flush = () => act(async () => {});

describe("useTask", () => {
  it("starts idle, runs with its arguments, reports phase and fraction, and ends in its result", async () => {
    const onDone = jest.fn();
    const { result, runs } = controlled({ onDone });
    expect(result.current.state).toEqual({ status: "idle" });
    expect(result.current.running).toBe(false);
    act(() => result.current.start("ledger"));
    expect(runs.map((r) => r.arg)).toEqual(["ledger"]);
    expect(result.current.state).toEqual({ status: "running", phase: null, fraction: 0 });
    expect(result.current.running).toBe(true);
    act(() => runs[0].run.progress("read", 0.25));
    expect(result.current.state).toEqual({ status: "running", phase: "read", fraction: 0.25 });
    act(() => runs[0].run.progress("write", 7));
    expect(result.current.state).toEqual({ status: "running", phase: "write", fraction: 1 });
    runs[0].end.resolve("written");
    await flush();
    expect(result.current.state).toEqual({ status: "done", result: "written" });
    expect(result.current.running).toBe(false);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(onDone).toHaveBeenCalledWith("written", "ledger");
  });

  it("cancels: the state says so at once, the signal is aborted, and the late result is ignored and discarded", async () => {
    const onDone = jest.fn();
    const discard = jest.fn();
    const { result, runs } = controlled({ onDone, discard });
    act(() => result.current.start("a"));
    act(() => result.current.cancel());
    expect(result.current.state).toEqual({ status: "cancelled" });
    expect(runs[0].run.signal.aborted).toBe(true);
    act(() => runs[0].run.progress("read", 0.5));
    runs[0].end.resolve("too late");
    await flush();
    expect(result.current.state).toEqual({ status: "cancelled" });
    expect(onDone).not.toHaveBeenCalled();
    expect(discard).toHaveBeenCalledWith("too late");
  });

  it("ignores an error the cancelled run throws afterwards (its own Cancelled)", async () => {
    const { result, runs } = controlled();
    act(() => result.current.start("a"));
    act(() => result.current.cancel());
    runs[0].end.reject(new Error("cancelled"));
    await flush();
    expect(result.current.state).toEqual({ status: "cancelled" });
  });

  it("does nothing on cancel when nothing runs", async () => {
    const { result, runs } = controlled();
    act(() => result.current.start("a"));
    runs[0].end.resolve("ok");
    await flush();
    act(() => result.current.cancel());
    expect(result.current.state).toEqual({ status: "done", result: "ok" });
  });

  it("ends a failure in a message in words: a known problem's own text, anything else as unexpected", async () => {
    const { result, runs } = controlled();
    act(() => result.current.start("a"));
    runs[0].end.reject(new DomainError("planPanel.badDate", { text: "soon" }));
    await flush();
    expect(result.current.state).toEqual({ status: "error", message: "'soon' is not a date such as 2026-12-31" });
    act(() => result.current.start("b"));
    runs[1].end.reject(new Error("host gone"));
    await flush();
    expect(result.current.state).toEqual({ status: "error", message: "unexpected error: host gone" });
  });

  it("takes the panel's own message for a failure, with the run's arguments", async () => {
    const { result, runs } = controlled({ message: (error, arg) => `${arg}: ${(error as Error).message}` });
    act(() => result.current.start("letter"));
    runs[0].end.reject(new Error("no font"));
    await flush();
    expect(result.current.state).toEqual({ status: "error", message: "letter: no font" });
  });

  it("turns work that throws before its first await into the run's error", async () => {
    const { result } = renderHook(() =>
      useTask<number>(() => {
        throw new Error("bad input");
      }),
    );
    act(() => result.current.start());
    await flush();
    expect(result.current.state).toEqual({ status: "error", message: "unexpected error: bad input" });
  });

  it("after unmount aborts the run and lets nothing it reports or returns through", async () => {
    const onDone = jest.fn();
    const discard = jest.fn();
    const { result, runs, unmount } = controlled({ onDone, discard });
    act(() => result.current.start("a"));
    const seen = result.current.state;
    unmount();
    expect(runs[0].run.signal.aborted).toBe(true);
    runs[0].run.progress("write", 0.9);
    runs[0].end.resolve("after unmount");
    await flush();
    expect(result.current.state).toBe(seen);
    expect(onDone).not.toHaveBeenCalled();
    expect(discard).toHaveBeenCalledWith("after unmount");
  });

  it("a second start cancels the first: only the second's progress and result count, whatever order they end in", async () => {
    const onDone = jest.fn();
    const discard = jest.fn();
    const { result, runs } = controlled({ onDone, discard });
    act(() => result.current.start("first"));
    act(() => result.current.start("second"));
    expect(runs[0].run.signal.aborted).toBe(true);
    expect(runs[1].run.signal.aborted).toBe(false);
    act(() => runs[0].run.progress("write", 0.9));
    expect(result.current.state).toEqual({ status: "running", phase: null, fraction: 0 });
    act(() => runs[1].run.progress("read", 0.1));
    expect(result.current.state).toEqual({ status: "running", phase: "read", fraction: 0.1 });
    runs[1].end.resolve("second done");
    await flush();
    runs[0].end.resolve("first done");
    await flush();
    expect(result.current.state).toEqual({ status: "done", result: "second done" });
    expect(onDone.mock.calls).toEqual([["second done", "second"]]);
    expect(discard.mock.calls).toEqual([["first done"]]);
  });

  it("uses the work of the latest render, so a run sees the inputs the user last set", async () => {
    const seen: string[] = [];
    const { result, rerender } = renderHook(({ input }) => useTask(async () => void seen.push(input)), { initialProps: { input: "old" } });
    rerender({ input: "new" });
    act(() => result.current.start());
    await flush();
    expect(seen).toEqual(["new"]);
  });

  it("fail shows an error raised outside a run, cancelling one in progress; reset goes back to idle", async () => {
    const { result, runs } = controlled();
    act(() => result.current.start("a"));
    act(() => result.current.fail(new Error("list failed")));
    expect(result.current.state).toEqual({ status: "error", message: "unexpected error: list failed" });
    expect(runs[0].run.signal.aborted).toBe(true);
    act(() => result.current.reset());
    expect(result.current.state).toEqual({ status: "idle" });
  });

  it("keeps start, cancel, reset and fail the same functions across renders", async () => {
    const { result, runs } = controlled();
    const first = result.current;
    act(() => first.start("a"));
    runs[0].end.resolve("x");
    await flush();
    expect(result.current).not.toBe(first);
    expect([result.current.start, result.current.cancel, result.current.reset, result.current.fail]).toEqual([first.start, first.cancel, first.reset, first.fail]);
  });
});
