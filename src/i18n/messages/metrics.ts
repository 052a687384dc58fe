import { Translations } from "../languages";

/**
 * Job: metrics. Subject: collection metrics: AR.DSO (simple and countback), AR.BPDSO, AR.ADD and
 * AR.CEI.
 */
const en = {
  "metrics.daysRange": "days must be a number of days from 1 to {max}, not {text}",
  "metrics.noSales": "sales is 0: DSO is undefined without sales",
  "metrics.noSalesPeriods": "sales are 0 in {count, plural, one {the only period} other {all # periods}}: DSO is undefined without sales",
  "metrics.negativeSalesRow": "row {row} of sales: {text} is negative; the sales of a period must be 0 or more",
  "metrics.salesGap": "row {row} of sales is blank but a later row is filled in; enter 0 for a period without sales",
  "metrics.negative": "{arg} must be 0 or more, not {text}",
  "metrics.moreSalesNeeded": "{arg} ({amount}) are more than the sales of the {count, plural, one {only period} other {# periods}} given ({sales}): add older periods at the end of sales to count back further",
  "metrics.currentAboveTotal": "current_receivables ({current}) cannot be more than receivables ({total}), which include them",
  "metrics.closingCurrentAboveTotal": "closing_current_receivables ({current}) cannot be more than closing_receivables ({total}), which include them",
  "metrics.periodsRange": "periods must be a whole number from 1 to {max}, not {text}",
  "metrics.nothingCollectable": "closing_current_receivables ({current}) leave nothing to collect of opening_receivables + sales / periods ({collectable}): CEI is undefined",
} as const;

type Key = keyof typeof en;

export const metrics: Translations<Key> = {
  en,
  it: {
    "metrics.daysRange": "days deve essere un numero di giorni da 1 a {max}, non {text}",
    "metrics.noSales": "sales è 0: il DSO non è definito senza vendite",
    "metrics.noSalesPeriods": "sales è 0 in {count, plural, one {l''unico periodo} other {tutti i # periodi}}: il DSO non è definito senza vendite",
    "metrics.negativeSalesRow": "riga {row} di sales: {text} è negativo; le vendite di un periodo devono essere 0 o più",
    "metrics.salesGap": "la riga {row} di sales è vuota ma una riga successiva è compilata; indica 0 per un periodo senza vendite",
    "metrics.negative": "{arg} deve essere 0 o più, non {text}",
    "metrics.moreSalesNeeded": "{arg} ({amount}) supera le vendite {count, plural, one {dell''unico periodo indicato} other {dei # periodi indicati}} ({sales}): aggiungi periodi più vecchi in fondo a sales per risalire oltre",
    "metrics.currentAboveTotal": "current_receivables ({current}) non può superare receivables ({total}), che lo comprende",
    "metrics.closingCurrentAboveTotal": "closing_current_receivables ({current}) non può superare closing_receivables ({total}), che lo comprende",
    "metrics.periodsRange": "periods deve essere un numero intero da 1 a {max}, non {text}",
    "metrics.nothingCollectable": "closing_current_receivables ({current}) non lascia nulla da incassare di opening_receivables + sales / periods ({collectable}): il CEI non è definito",
  },
  de: {
    "metrics.daysRange": "days muss eine Zahl von Tagen von 1 bis {max} sein, nicht {text}",
    "metrics.noSales": "sales ist 0: ohne Umsatz ist die DSO nicht definiert",
    "metrics.noSalesPeriods": "sales ist 0 in {count, plural, one {der einzigen Periode} other {allen # Perioden}}: ohne Umsatz ist die DSO nicht definiert",
    "metrics.negativeSalesRow": "Zeile {row} von sales: {text} ist negativ; der Umsatz einer Periode muss 0 oder mehr sein",
    "metrics.salesGap": "Zeile {row} von sales ist leer, eine spätere Zeile aber ausgefüllt; 0 für eine Periode ohne Umsatz eintragen",
    "metrics.negative": "{arg} muss 0 oder mehr sein, nicht {text}",
    "metrics.moreSalesNeeded": "{arg} ({amount}) übersteigt den Umsatz {count, plural, one {der einzigen angegebenen Periode} other {der # angegebenen Perioden}} ({sales}): ältere Perioden am Ende von sales ergänzen, um weiter zurückzurechnen",
    "metrics.currentAboveTotal": "current_receivables ({current}) kann nicht größer sein als receivables ({total}), die es enthalten",
    "metrics.closingCurrentAboveTotal": "closing_current_receivables ({current}) kann nicht größer sein als closing_receivables ({total}), die es enthalten",
    "metrics.periodsRange": "periods muss eine ganze Zahl von 1 bis {max} sein, nicht {text}",
    "metrics.nothingCollectable": "closing_current_receivables ({current}) lässt von opening_receivables + sales / periods ({collectable}) nichts einzuziehen: der CEI ist nicht definiert",
  },
  nl: {
    "metrics.daysRange": "days moet een aantal dagen van 1 tot {max} zijn, niet {text}",
    "metrics.noSales": "sales is 0: zonder omzet is de DSO niet gedefinieerd",
    "metrics.noSalesPeriods": "sales is 0 in {count, plural, one {de enige periode} other {alle # perioden}}: zonder omzet is de DSO niet gedefinieerd",
    "metrics.negativeSalesRow": "rij {row} van sales: {text} is negatief; de omzet van een periode moet 0 of meer zijn",
    "metrics.salesGap": "rij {row} van sales is leeg maar een latere rij is ingevuld; vul 0 in voor een periode zonder omzet",
    "metrics.negative": "{arg} moet 0 of meer zijn, niet {text}",
    "metrics.moreSalesNeeded": "{arg} ({amount}) is meer dan de omzet van {count, plural, one {de enige opgegeven periode} other {de # opgegeven perioden}} ({sales}): voeg oudere perioden toe aan het eind van sales om verder terug te tellen",
    "metrics.currentAboveTotal": "current_receivables ({current}) kan niet meer zijn dan receivables ({total}), waar het deel van is",
    "metrics.closingCurrentAboveTotal": "closing_current_receivables ({current}) kan niet meer zijn dan closing_receivables ({total}), waar het deel van is",
    "metrics.periodsRange": "periods moet een geheel getal van 1 tot {max} zijn, niet {text}",
    "metrics.nothingCollectable": "closing_current_receivables ({current}) laat niets te innen over van opening_receivables + sales / periods ({collectable}): de CEI is niet gedefinieerd",
  },
  fr: {
    "metrics.daysRange": "days doit être un nombre de jours de 1 à {max}, pas {text}",
    "metrics.noSales": "sales vaut 0 : le DSO n''est pas défini sans ventes",
    "metrics.noSalesPeriods": "sales vaut 0 sur {count, plural, one {la seule période} other {les # périodes}} : le DSO n''est pas défini sans ventes",
    "metrics.negativeSalesRow": "ligne {row} de sales : {text} est négatif ; les ventes d''une période doivent être de 0 ou plus",
    "metrics.salesGap": "la ligne {row} de sales est vide alors qu'une ligne suivante est remplie ; saisissez 0 pour une période sans ventes",
    "metrics.negative": "{arg} doit être de 0 ou plus, pas {text}",
    "metrics.moreSalesNeeded": "{arg} ({amount}) dépasse les ventes {count, plural, one {de la seule période donnée} other {des # périodes données}} ({sales}) : ajoutez des périodes plus anciennes à la fin de sales pour remonter plus loin",
    "metrics.currentAboveTotal": "current_receivables ({current}) ne peut pas dépasser receivables ({total}), qui le comprend",
    "metrics.closingCurrentAboveTotal": "closing_current_receivables ({current}) ne peut pas dépasser closing_receivables ({total}), qui le comprend",
    "metrics.periodsRange": "periods doit être un nombre entier de 1 à {max}, pas {text}",
    "metrics.nothingCollectable": "closing_current_receivables ({current}) ne laisse rien à encaisser sur opening_receivables + sales / periods ({collectable}) : le CEI n''est pas défini",
  },
};
