/* The custom-functions entry for Excel: loading the formula families makes the metadata plugin's
 * CustomFunctions.associate calls run; the language of formula messages follows Office's.
 * In taskpane.html, the shared runtime Excel runs the formulas in, functions.js comes after runtime.js
 * (the page's one webpack runtime) and carries the domain and i18n modules, which taskpane.js (dependOn
 * in webpack.config.js) uses from here: the formulas and the pane share one language setting. */
import { resolveLanguage, setLanguage } from "../i18n";
import "./index";

Office.onReady(() => {
  setLanguage(resolveLanguage(Office.context?.displayLanguage));
});
