/* The custom-functions entry for Excel: loading the formula families makes the metadata plugin's
 * CustomFunctions.associate calls run; the language of formula messages follows Office's. */
import { resolveLanguage, setLanguage } from "../i18n";
import "./index";

Office.onReady(() => {
  setLanguage(resolveLanguage(Office.context?.displayLanguage));
});
