import { WorkbookPort } from "../workbook/port";

/** What every panel of the pane receives. */
export interface PanelProps {
  readonly port: WorkbookPort;
  /** Today's date from the host, ISO "YYYY-MM-DD" (the domain never reads the clock). */
  readonly today: string;
  /** Opens another job's panel (for example Settings, when a letter needs the letterhead). */
  readonly openPanel?: (id: string) => void;
}
