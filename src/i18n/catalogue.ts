import { Lang, LANGUAGES, Translations } from "./languages";
import { aging } from "./messages/aging";
import { cash } from "./messages/cash";
import { cashMapping } from "./messages/cashMapping";
import { cashPanel } from "./messages/cashPanel";
import { common } from "./messages/common";
import { credit } from "./messages/credit";
import { creditReview } from "./messages/creditReview";
import { customers } from "./messages/customers";
import { customersFile } from "./messages/customersFile";
import { documents } from "./messages/documents";
import { dunning } from "./messages/dunning";
import { dunningLetters } from "./messages/dunningLetters";
import { dunningLettersBody } from "./messages/dunningLettersBody";
import { dunningLegal } from "./messages/dunningLegal";
import { dunningPanel } from "./messages/dunningPanel";
import { dunningRun } from "./messages/dunningRun";
import { interest } from "./messages/interest";
import { interestPanel } from "./messages/interestPanel";
import { interestSheet } from "./messages/interestSheet";
import { ledger } from "./messages/ledger";
import { metrics } from "./messages/metrics";
import { metricsDashboard } from "./messages/metricsDashboard";
import { metricsFollowUp } from "./messages/metricsFollowUp";
import { shellNavigation } from "./messages/shellNavigation";
import { statements } from "./messages/statements";
import { plans } from "./messages/plans";
import { plansLetters } from "./messages/plansLetters";
import { plansRegister } from "./messages/plansRegister";
import { settings } from "./messages/settings";
import { shell } from "./messages/shell";
import { workbench } from "./messages/workbench";
import { workbook } from "./messages/workbook";
import { writeoffs } from "./messages/writeoffs";
import { writeoffsPosting } from "./messages/writeoffsPosting";
import { writeoffsPanel } from "./messages/writeoffsPanel";
import { writeoffsProvision } from "./messages/writeoffsProvision";

export type Catalogue = Record<string, string>;

/**
 * Every message of the add-in, one module per job under ./messages (a large job split by subject:
 * plans, plansLetters, plansRegister). Keys keep the prefix of the screen they were first written for,
 * so a key's prefix need not match its module; a new message goes into the module of the job that
 * shows it.
 */
export const MESSAGE_MODULES: Readonly<Record<string, Translations<string>>> = {
  common,
  ledger,
  aging,
  credit,
  creditReview,
  customers,
  customersFile,
  plans,
  plansLetters,
  plansRegister,
  settings,
  shell,
  workbook,
  workbench,
  interest,
  interestPanel,
  interestSheet,
  writeoffs,
  writeoffsPosting,
  writeoffsPanel,
  writeoffsProvision,
  metrics,
  metricsDashboard,
  metricsFollowUp,
  dunning,
  dunningLetters,
  dunningLettersBody,
  dunningRun,
  dunningPanel,
  dunningLegal,
  shellNavigation,
  statements,
  documents,
  cash,
  cashPanel,
  cashMapping,
};

/**
 * Merges message modules into one catalogue per language. Throws when two modules define the same key
 * (modules a and b both defining x), since the later one would silently replace the earlier text.
 */
export function mergeCatalogues(modules: Readonly<Record<string, Translations<string>>>): Record<Lang, Catalogue> {
  const owner = new Map<string, string>();
  for (const [name, module] of Object.entries(modules)) {
    for (const lang of LANGUAGES) {
      for (const key of Object.keys(module[lang])) {
        const first = owner.get(key);
        if (first !== undefined && first !== name) throw new Error(`message key "${key}" is defined in both messages/${first}.ts and messages/${name}.ts`);
        owner.set(key, name);
      }
    }
  }
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, Object.assign({}, ...Object.values(modules).map((m) => m[lang]))])) as Record<Lang, Catalogue>;
}

export const catalogues: Record<Lang, Catalogue> = mergeCatalogues(MESSAGE_MODULES);
