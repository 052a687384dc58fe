/* The stand-alone commands page (commands.html). The ribbon's buttons do not run here: they are
 * ExecuteFunction commands of the shared runtime, registered by the task pane page itself
 * (src/commands/ribbon.ts, called from src/taskpane/index.tsx), which the manifest names as the
 * FunctionFile. This page only loads Office.js so that Office can host it. */
Office.onReady(() => undefined);
