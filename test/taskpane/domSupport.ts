/* What jsdom lacks and Fluent UI uses: ResizeObserver (MessageBar reflow) and matchMedia. */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const w = window as unknown as { ResizeObserver?: unknown; matchMedia?: unknown };
if (!w.ResizeObserver) w.ResizeObserver = NoResizeObserver;
if (!w.matchMedia) w.matchMedia = () => ({ matches: false, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} });

// Fluent UI renders slowly in jsdom when the whole suite runs in parallel.
jest.setTimeout(30_000);

// findBy… and waitFor give up after 1 s by default; on a loaded 2-core CI machine a panel's run can take
// longer than that without anything being wrong. A real failure still fails, only later.
configure({ asyncUtilTimeout: 10_000 });
