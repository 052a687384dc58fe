import { associateRibbonCommands, RIBBON_COMMANDS, RibbonHost } from "../../src/commands/ribbon";
import { JobGroup } from "../../src/taskpane/panels";

/** A stand-in for Office.actions and Office.addin that records what the commands do. */
function fakeHost(show: () => Promise<void> = () => Promise.resolve()) {
  const actions = new Map<string, (event: { completed(): void }) => void>();
  const log: string[] = [];
  const host: RibbonHost = {
    associate: (name, action) => actions.set(name, action),
    showAsTaskpane: () => {
      log.push("show");
      return show();
    },
  };
  return { host, actions, log };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("ribbon commands", () => {
  it("registers one function per button; each asks the pane for its group, shows the pane, then tells Office it is done", async () => {
    const { host, actions, log } = fakeHost();
    associateRibbonCommands(host, (group: JobGroup) => log.push(`open ${group}`));
    expect([...actions.keys()]).toEqual(Object.keys(RIBBON_COMMANDS));
    for (const [name, group] of Object.entries(RIBBON_COMMANDS)) {
      log.length = 0;
      actions.get(name)!({ completed: () => log.push("completed") });
      await settle();
      expect(log).toEqual([`open ${group}`, "show", "completed"]);
    }
  });

  it("completes the command even when Office cannot show the pane", async () => {
    const { host, actions, log } = fakeHost(() => Promise.reject(new Error("no pane")));
    associateRibbonCommands(host, () => undefined);
    actions.get("openGrant")!({ completed: () => log.push("completed") });
    await settle();
    expect(log).toEqual(["show", "completed"]);
  });
});
