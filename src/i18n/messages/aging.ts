import { Translations } from "../languages";

/** Messages and labels of the aging formula and report. */
const en = {
  "aging.noBuckets": "bucket_days needs at least one number of days",
  "aging.bucketNotPositive": "bucket_days value {position} ({text}) must be a positive whole number of days",
  "aging.bucketsNotAscending": "bucket_days must rise: value {position} ({text}) is not above {previous}",
  "aging.notDue": "Not due",
  "aging.over": "Over {days}",
  "aging.total": "Total",
  "aging.customer": "Customer",
  "aging.blankKey": "(blank)",
  "aging.keyNamedTotal": "{key} (customer)",
} as const;

type Key = keyof typeof en;

export const aging: Translations<Key> = {
  en,
  it: {
    "aging.noBuckets": "bucket_days richiede almeno un numero di giorni",
    "aging.bucketNotPositive": "il valore {position} di bucket_days ({text}) deve essere un numero intero positivo di giorni",
    "aging.bucketsNotAscending": "bucket_days deve crescere: il valore {position} ({text}) non supera {previous}",
    "aging.notDue": "Non scaduto",
    "aging.over": "Oltre {days}",
    "aging.total": "Totale",
    "aging.customer": "Cliente",
    "aging.blankKey": "(vuoto)",
    "aging.keyNamedTotal": "{key} (cliente)",
  },
  de: {
    "aging.noBuckets": "bucket_days braucht mindestens eine Anzahl Tage",
    "aging.bucketNotPositive": "Wert {position} von bucket_days ({text}) muss eine positive ganze Zahl von Tagen sein",
    "aging.bucketsNotAscending": "bucket_days muss steigen: Wert {position} ({text}) liegt nicht über {previous}",
    "aging.notDue": "Nicht fällig",
    "aging.over": "Über {days}",
    "aging.total": "Summe",
    "aging.customer": "Kunde",
    "aging.blankKey": "(leer)",
    "aging.keyNamedTotal": "{key} (Kunde)",
  },
  nl: {
    "aging.noBuckets": "bucket_days heeft minstens één aantal dagen nodig",
    "aging.bucketNotPositive": "waarde {position} van bucket_days ({text}) moet een positief geheel aantal dagen zijn",
    "aging.bucketsNotAscending": "bucket_days moet oplopen: waarde {position} ({text}) ligt niet boven {previous}",
    "aging.notDue": "Niet vervallen",
    "aging.over": "Meer dan {days}",
    "aging.total": "Totaal",
    "aging.customer": "Klant",
    "aging.blankKey": "(leeg)",
    "aging.keyNamedTotal": "{key} (klant)",
  },
  fr: {
    "aging.noBuckets": "bucket_days demande au moins un nombre de jours",
    "aging.bucketNotPositive": "la valeur {position} de bucket_days ({text}) doit être un nombre entier positif de jours",
    "aging.bucketsNotAscending": "bucket_days doit croître : la valeur {position} ({text}) ne dépasse pas {previous}",
    "aging.notDue": "Non échu",
    "aging.over": "Plus de {days}",
    "aging.total": "Total",
    "aging.customer": "Client",
    "aging.blankKey": "(vide)",
    "aging.keyNamedTotal": "{key} (client)",
  },
};
