/* Ribbon commands. The Home-tab button opens the task pane through the manifest (ShowTaskpane); this
 * page only has to load Office.js so that Office can host it. */
Office.onReady(() => undefined);
