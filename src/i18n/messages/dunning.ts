import { Translations } from "../languages";

/**
 * Job: dunning. Subject: reminder levels: AR.DUNNINGLEVEL and the dunning policy table it reads
 * (level, min_days_overdue, min_days_since_last).
 */
const en = {
  "dunning.policy.missingColumns": "policy needs the columns {columns} in its first row",
  "dunning.policy.duplicateColumn": "policy has the column {column} twice (columns {first} and {second})",
  "dunning.policy.empty": "policy has no levels: add one row per level under its header row",
  "dunning.policy.blankCell": "policy row {row}: {column} is blank",
  "dunning.policy.errorCell": "policy row {row}: {column} holds the error {text}",
  "dunning.policy.notWhole": "policy row {row}: {column} must be a whole number, 0 or more, not {text}",
  "dunning.policy.levelOrder": "policy row {row}: level {text} should be {expected}; levels go 1, 2, 3 and so on, one row each, in order",
  "dunning.policy.sooner": "policy row {row}: level {level} at {days, plural, one {# day} other {# days}} overdue would come before level {previousLevel} at {previous}; min_days_overdue cannot fall from one level to the next",
  "dunning.lastLevelRange": "last_level must be a whole number from 0 to {max}, the highest level of the policy, not {text}",
  "dunning.lastDateAfterAsOf": "last_date ({date}) is after as_of ({asOf}): no reminder can have been sent after the day the level is judged on",
} as const;

type Key = keyof typeof en;

export const dunning: Translations<Key> = {
  en,
  it: {
    "dunning.policy.missingColumns": "policy richiede le colonne {columns} nella prima riga",
    "dunning.policy.duplicateColumn": "policy ha due volte la colonna {column} (colonne {first} e {second})",
    "dunning.policy.empty": "policy non ha livelli: aggiungi una riga per livello sotto la riga di intestazione",
    "dunning.policy.blankCell": "riga {row} di policy: {column} è vuoto",
    "dunning.policy.errorCell": "riga {row} di policy: {column} contiene l'errore {text}",
    "dunning.policy.notWhole": "riga {row} di policy: {column} deve essere un numero intero, 0 o più, non {text}",
    "dunning.policy.levelOrder": "riga {row} di policy: il livello {text} dovrebbe essere {expected}; i livelli vanno 1, 2, 3 e così via, una riga ciascuno, in ordine",
    "dunning.policy.sooner": "riga {row} di policy: il livello {level} a {days, plural, one {# giorno} other {# giorni}} di ritardo verrebbe prima del livello {previousLevel} a {previous}; min_days_overdue non può scendere da un livello al successivo",
    "dunning.lastLevelRange": "last_level deve essere un numero intero da 0 a {max}, il livello più alto di policy, non {text}",
    "dunning.lastDateAfterAsOf": "last_date ({date}) è dopo as_of ({asOf}): nessun sollecito può essere stato inviato dopo il giorno in cui si valuta il livello",
  },
  de: {
    "dunning.policy.missingColumns": "policy braucht die Spalten {columns} in der ersten Zeile",
    "dunning.policy.duplicateColumn": "policy hat die Spalte {column} zweimal (Spalten {first} und {second})",
    "dunning.policy.empty": "policy hat keine Mahnstufen: unter der Kopfzeile eine Zeile je Stufe ergänzen",
    "dunning.policy.blankCell": "policy Zeile {row}: {column} ist leer",
    "dunning.policy.errorCell": "policy Zeile {row}: {column} enthält den Fehler {text}",
    "dunning.policy.notWhole": "policy Zeile {row}: {column} muss eine ganze Zahl sein, 0 oder mehr, nicht {text}",
    "dunning.policy.levelOrder": "policy Zeile {row}: Stufe {text} müsste {expected} sein; die Stufen lauten 1, 2, 3 und so weiter, je eine Zeile, der Reihe nach",
    "dunning.policy.sooner": "policy Zeile {row}: Stufe {level} bei {days, plural, one {# Tag} other {# Tagen}} Verzug käme vor Stufe {previousLevel} bei {previous}; min_days_overdue darf von einer Stufe zur nächsten nicht sinken",
    "dunning.lastLevelRange": "last_level muss eine ganze Zahl von 0 bis {max} sein, der höchsten Stufe von policy, nicht {text}",
    "dunning.lastDateAfterAsOf": "last_date ({date}) liegt nach as_of ({asOf}): keine Mahnung kann nach dem Tag verschickt worden sein, an dem die Stufe bestimmt wird",
  },
  nl: {
    "dunning.policy.missingColumns": "policy heeft de kolommen {columns} nodig in de eerste rij",
    "dunning.policy.duplicateColumn": "policy heeft de kolom {column} twee keer (kolommen {first} en {second})",
    "dunning.policy.empty": "policy heeft geen niveaus: voeg onder de kopregel één rij per niveau toe",
    "dunning.policy.blankCell": "policy rij {row}: {column} is leeg",
    "dunning.policy.errorCell": "policy rij {row}: {column} bevat de fout {text}",
    "dunning.policy.notWhole": "policy rij {row}: {column} moet een geheel getal zijn, 0 of meer, niet {text}",
    "dunning.policy.levelOrder": "policy rij {row}: niveau {text} zou {expected} moeten zijn; de niveaus gaan 1, 2, 3 enzovoort, één rij elk, op volgorde",
    "dunning.policy.sooner": "policy rij {row}: niveau {level} bij {days, plural, one {# dag} other {# dagen}} achterstand zou vóór niveau {previousLevel} bij {previous} komen; min_days_overdue mag van het ene niveau naar het volgende niet dalen",
    "dunning.lastLevelRange": "last_level moet een geheel getal van 0 tot {max} zijn, het hoogste niveau van policy, niet {text}",
    "dunning.lastDateAfterAsOf": "last_date ({date}) ligt na as_of ({asOf}): er kan geen herinnering verstuurd zijn na de dag waarop het niveau wordt bepaald",
  },
  fr: {
    "dunning.policy.missingColumns": "policy demande les colonnes {columns} dans sa première ligne",
    "dunning.policy.duplicateColumn": "policy a deux fois la colonne {column} (colonnes {first} et {second})",
    "dunning.policy.empty": "policy n''a aucun niveau : ajoutez une ligne par niveau sous la ligne d''en-tête",
    "dunning.policy.blankCell": "policy ligne {row} : {column} est vide",
    "dunning.policy.errorCell": "policy ligne {row} : {column} contient l'erreur {text}",
    "dunning.policy.notWhole": "policy ligne {row} : {column} doit être un nombre entier, 0 ou plus, pas {text}",
    "dunning.policy.levelOrder": "policy ligne {row} : le niveau {text} devrait être {expected} ; les niveaux vont 1, 2, 3 et ainsi de suite, une ligne chacun, dans l''ordre",
    "dunning.policy.sooner": "policy ligne {row} : le niveau {level} à {days, plural, one {# jour} other {# jours}} de retard viendrait avant le niveau {previousLevel} à {previous} ; min_days_overdue ne peut pas baisser d''un niveau au suivant",
    "dunning.lastLevelRange": "last_level doit être un nombre entier de 0 à {max}, le plus haut niveau de policy, pas {text}",
    "dunning.lastDateAfterAsOf": "last_date ({date}) est après as_of ({asOf}) : aucune relance ne peut avoir été envoyée après le jour où le niveau est évalué",
  },
};
