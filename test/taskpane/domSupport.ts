/* What jsdom lacks and Fluent UI uses: ResizeObserver (MessageBar reflow) and matchMedia. */
import "@testing-library/jest-dom";

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
