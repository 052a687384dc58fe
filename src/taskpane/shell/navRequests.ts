/**
 * Requests to open the pane on a job group from outside the pane's React tree: the ribbon's buttons
 * (src/commands/ribbon.ts) run in the same shared runtime and land here. A request made before the pane
 * has mounted waits for it.
 */
import { JobGroup } from "../panels";

type Listener = (group: JobGroup) => void;

const listeners = new Set<Listener>();
let pending: JobGroup | null = null;

/** Opens the pane's `group` (its last used job, else its first); kept until a pane listens. */
export function requestGroup(group: JobGroup): void {
  if (listeners.size === 0) {
    pending = group;
    return;
  }
  listeners.forEach((listener) => listener(group));
}

/** Listens for requests; a request that came before gets delivered at once. Returns the unsubscribe. */
export function onGroupRequest(listener: Listener): () => void {
  listeners.add(listener);
  if (pending !== null) {
    const group = pending;
    pending = null;
    listener(group);
  }
  return () => {
    listeners.delete(listener);
  };
}
