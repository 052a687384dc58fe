import { Lang, LANGUAGES } from "./languages";
import { common } from "./messages/common";
import { aging } from "./messages/aging";
import { credit } from "./messages/credit";
import { plans } from "./messages/plans";
import { ledger } from "./messages/ledger";
import { workbook } from "./messages/workbook";
import { pane } from "./messages/pane";

/**
 * Every message of the add-in, one module per feature under ./messages. A new feature adds its module
 * here; its keys are prefixed with the feature's name so modules never collide.
 */
const modules = [common, aging, plans, credit, ledger, workbook, pane];

export type Catalogue = Record<string, string>;

export const catalogues: Record<Lang, Catalogue> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, Object.assign({}, ...modules.map((m) => m[lang]))]),
) as Record<Lang, Catalogue>;
