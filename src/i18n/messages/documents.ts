import { Translations } from "../languages";

/**
 * Job: documents. Subject: the problems of the shared document writers (PDF, Word) that every
 * letter, statement and legal pack uses.
 */
const en = {
  "documents.logo.notImage": "the company logo is not a PNG or JPEG image; choose a PNG or JPEG file in Settings (an SVG or web address cannot be printed)",
  "documents.logo.unreadable": "the company logo looks like a {kind} file but cannot be read; save it again as PNG or JPEG and choose it in Settings",
} as const;

type Key = keyof typeof en;

export const documents: Translations<Key> = {
  en,
  it: {
    "documents.logo.notImage": "il logo dell''azienda non è un''immagine PNG o JPEG; scegliete un file PNG o JPEG nelle Impostazioni (un SVG o un indirizzo web non si può stampare)",
    "documents.logo.unreadable": "il logo dell''azienda sembra un file {kind} ma non si può leggere; salvatelo di nuovo come PNG o JPEG e sceglietelo nelle Impostazioni",
  },
  de: {
    "documents.logo.notImage": "Das Firmenlogo ist kein PNG- oder JPEG-Bild; wählen Sie in den Einstellungen eine PNG- oder JPEG-Datei (SVG oder eine Webadresse lassen sich nicht drucken)",
    "documents.logo.unreadable": "Das Firmenlogo sieht wie eine {kind}-Datei aus, lässt sich aber nicht lesen; speichern Sie es neu als PNG oder JPEG und wählen Sie es in den Einstellungen",
  },
  nl: {
    "documents.logo.notImage": "het bedrijfslogo is geen PNG- of JPEG-afbeelding; kies in Instellingen een PNG- of JPEG-bestand (een SVG of webadres kan niet worden afgedrukt)",
    "documents.logo.unreadable": "het bedrijfslogo lijkt een {kind}-bestand maar is niet leesbaar; sla het opnieuw op als PNG of JPEG en kies het in Instellingen",
  },
  fr: {
    "documents.logo.notImage": "le logo de l''entreprise n''est pas une image PNG ou JPEG ; choisissez un fichier PNG ou JPEG dans les Paramètres (un SVG ou une adresse web ne s''imprime pas)",
    "documents.logo.unreadable": "le logo de l''entreprise semble être un fichier {kind} mais il est illisible ; enregistrez-le de nouveau en PNG ou JPEG et choisissez-le dans les Paramètres",
  },
};
