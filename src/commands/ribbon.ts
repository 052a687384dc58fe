/**
 * The ribbon's buttons (Home › Credit Desk in manifest.xml): each opens the task pane on a job group.
 * They are ExecuteFunction commands of the shared runtime: the manifest's FunctionFile is the task pane
 * page, so the function runs next to the pane's React tree, asks it for the group (navRequests) and
 * shows the pane with Office.addin.showAsTaskpane (SharedRuntime 1.1). An open pane switches group at
 * once and keeps what was typed; a closed one opens on that group.
 */
import { JobGroup } from "../taskpane/panels";
import { requestGroup } from "../taskpane/shell/navRequests";

/** manifest.xml's <FunctionName> of each button → the group it opens. */
export const RIBBON_COMMANDS: Readonly<Record<string, JobGroup>> = {
  openCollect: "collect",
  openAgree: "agree",
  openGrant: "grant",
  openSettings: "settings",
};

/** What the commands need of Office, so tests can stand in for it. */
export interface RibbonHost {
  associate(name: string, action: (event: { completed(): void }) => void): void;
  showAsTaskpane(): Promise<void>;
}

/** Office's ribbon host in the shared runtime; null outside Office or where it has no shared runtime. */
export function officeRibbonHost(): RibbonHost | null {
  if (typeof Office === "undefined" || !Office.actions || !Office.addin) return null;
  return {
    associate: (name, action) => Office.actions.associate(name, action),
    showAsTaskpane: () => Office.addin.showAsTaskpane(),
  };
}

/** Registers every button's function: ask the pane for the group, show the pane, tell Office it is done. */
export function associateRibbonCommands(host: RibbonHost, open: (group: JobGroup) => void = requestGroup): void {
  for (const [name, group] of Object.entries(RIBBON_COMMANDS)) {
    host.associate(name, (event) => {
      open(group);
      host
        .showAsTaskpane()
        .catch(() => undefined)
        .finally(() => event.completed());
    });
  }
}
