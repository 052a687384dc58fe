import { Lang, LANGUAGES } from "./languages";
import { common } from "./messages/common";
import { aging } from "./messages/aging";
import { credit } from "./messages/credit";
import { creditPanels } from "./messages/creditPanels";
import { ledger } from "./messages/ledger";
import { navigation } from "./messages/navigation";
import { pane } from "./messages/pane";
import { plans } from "./messages/plans";
import { planPanels } from "./messages/planPanels";
import { workbook } from "./messages/workbook";

/**
 * Every message of the add-in, one module per feature under ./messages. A new feature adds its module
 * here; its keys are prefixed with the feature's name so modules never collide.
 */
const modules = [common, aging, plans, workbook, credit, ledger, pane, planPanels, creditPanels, navigation];

export type Catalogue = Record<string, string>;

export const catalogues: Record<Lang, Catalogue> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, Object.assign({}, ...modules.map((m) => m[lang]))]),
) as Record<Lang, Catalogue>;
