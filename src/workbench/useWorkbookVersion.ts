import { useSyncExternalStore } from "react";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";

/** Re-renders the caller whenever the in-memory workbook changes. */
export function useWorkbookVersion(workbook: MemoryWorkbook): number {
  return useSyncExternalStore(workbook.subscribe, workbook.version);
}
