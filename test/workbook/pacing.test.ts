import { pacer, yieldToHost } from "../../src/workbook/pacing";

/** A clock the test moves by hand, and a pause that counts. */
function setup(options: { budgetMs?: number; maxRows?: number } = {}) {
  let time = 1000;
  let pauses = 0;
  const pace = pacer(
    async () => {
      pauses++;
      time += 5; // the pause itself takes time: the next stretch starts when it resumes
    },
    { ...options, clock: () => time },
  );
  return { pace, advance: (ms: number) => (time += ms), pauses: () => pauses };
}

describe("pacer", () => {
  it("pauses once a stretch has used its time budget, and starts the next stretch when it resumes", async () => {
    const { pace, advance, pauses } = setup({ budgetMs: 20 });
    advance(19);
    await pace.ahead(1);
    expect(pauses()).toBe(0);
    advance(1);
    await pace.ahead(1);
    expect(pauses()).toBe(1);
    advance(19);
    await pace.ahead(1);
    expect(pauses()).toBe(1);
    advance(1);
    await pace.ahead(1);
    expect(pauses()).toBe(2);
  });

  it("pauses before the rows that would take a stretch past maxRows, even when the clock says there is time left", async () => {
    const { pace, pauses } = setup({ budgetMs: 20, maxRows: 100 });
    const stretches: number[] = [0];
    for (let i = 0; i < 10; i++) {
      const before = pauses();
      await pace.ahead(30);
      if (pauses() > before) stretches.push(0);
      stretches[stretches.length - 1] += 30;
    }
    expect(stretches).toEqual([90, 90, 90, 30]);
  });

  it("lets one step larger than maxRows through, alone in its stretch", async () => {
    const { pace, pauses } = setup({ budgetMs: 20, maxRows: 100 });
    await pace.ahead(500);
    expect(pauses()).toBe(0);
    await pace.ahead(1);
    expect(pauses()).toBe(1);
  });

  it("pauses on the row count alone with an infinite budget", async () => {
    const { pace, advance, pauses } = setup({ budgetMs: Infinity, maxRows: 50 });
    advance(1e9);
    await pace.ahead(49);
    await pace.ahead(1);
    expect(pauses()).toBe(0);
    await pace.ahead(1);
    expect(pauses()).toBe(1);
  });

  it("pauses when told to, restarting the stretch", async () => {
    const { pace, advance, pauses } = setup({ budgetMs: 20, maxRows: 10 });
    await pace.ahead(9);
    advance(15);
    await pace.pause();
    expect(pauses()).toBe(1);
    // A fresh stretch: ten rows and 14 ms fit in it.
    await pace.ahead(10);
    advance(14);
    await pace.ahead(0);
    expect(pauses()).toBe(1);
  });

  it("resolves without a macrotask when no pause is due, so a step costs no trip through the event loop", async () => {
    const { pace } = setup({ budgetMs: 20 });
    const order: string[] = [];
    const macrotask = new Promise<void>((resolve) => setTimeout(() => (order.push("macrotask"), resolve()), 0));
    await pace.ahead(1);
    order.push("step");
    await macrotask;
    expect(order).toEqual(["step", "macrotask"]);
  });
});

describe("yieldToHost", () => {
  it("resolves in a later macrotask, not in the microtasks of the current one", async () => {
    let yielded = false;
    const p = yieldToHost().then(() => (yielded = true));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(yielded).toBe(false);
    await p;
    expect(yielded).toBe(true);
  });
});
