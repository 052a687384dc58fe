/**
 * Published valid numbers of the validators' tests: the ISO 13616 registry's and the national banks'
 * example IBANs, the tax authorities' and the national libraries' VAT and company numbers.
 */

/** Example IBANs, one or two per country, with their country. */
export const IBAN_EXAMPLES: readonly (readonly [string, string])[] = [
  ["AT61 1904 3002 3457 3201", "AT"],
  ["BE68 5390 0754 7034", "BE"],
  ["BG80 BNBG 9661 1020 3456 78", "BG"],
  ["CH93 0076 2011 6238 5295 7", "CH"],
  ["CY17 0020 0128 0000 0012 0052 7600", "CY"],
  ["CZ65 0800 0000 1920 0014 5399", "CZ"],
  ["DE89 3704 0044 0532 0130 00", "DE"],
  ["DK50 0040 0440 1162 43", "DK"],
  ["EE38 2200 2210 2014 5685", "EE"],
  ["ES91 2100 0418 4502 0005 1332", "ES"],
  ["FI21 1234 5600 0007 85", "FI"],
  ["FR14 2004 1010 0505 0001 3M02 606", "FR"],
  ["GB29 NWBK 6016 1331 9268 19", "GB"],
  ["GB82 WEST 1234 5698 7654 32", "GB"],
  ["GR16 0110 1250 0000 0001 2300 695", "GR"],
  ["HR12 1001 0051 8630 0016 0", "HR"],
  ["HU42 1177 3016 1111 1018 0000 0000", "HU"],
  ["IE29 AIBK 9311 5212 3456 78", "IE"],
  ["IS14 0159 2600 7654 5510 7303 39", "IS"],
  ["IT60 X054 2811 1010 0000 0123 456", "IT"],
  ["LI21 0881 0000 2324 013A A", "LI"],
  ["LT12 1000 0111 0100 1000", "LT"],
  ["LU28 0019 4006 4475 0000", "LU"],
  ["LV80 BANK 0000 4351 9500 1", "LV"],
  ["MC58 1122 2000 0101 2345 6789 030", "MC"],
  ["MT84 MALT 0110 0001 2345 MTLC AST0 01S", "MT"],
  ["NL91 ABNA 0417 1643 00", "NL"],
  ["NO93 8601 1117 947", "NO"],
  ["PL61 1090 1014 0000 0712 1981 2874", "PL"],
  ["PT50 0002 0123 1234 5678 9015 4", "PT"],
  ["RO49 AAAA 1B31 0075 9384 0000", "RO"],
  ["SE45 5000 0000 0583 9825 7466", "SE"],
  ["SI56 2633 0001 2039 086", "SI"],
  ["SK31 1200 0000 1987 4263 7541", "SK"],
  ["SM86 U032 2509 8000 0000 0270 100", "SM"],
];

/**
 * Published valid VAT numbers of every EU state, the United Kingdom and Northern Ireland (the tax
 * authorities' examples and those of the national validation libraries), as typed → as stored.
 */
export const VAT_EXAMPLES: readonly (readonly [string, string])[] = [
  ["ATU13585627", "ATU13585627"],
  ["BE 0403.019.261", "BE0403019261"],
  ["BE0428759497", "BE0428759497"],
  ["BE 403.019.261", "BE0403019261"], // the old 9-digit form
  ["BG 175 074 752", "BG175074752"],
  ["CY-10259033P", "CY10259033P"],
  ["CZ 25123891", "CZ25123891"],
  ["DE136695976", "DE136695976"],
  ["DE 129 273 398", "DE129273398"],
  ["DK 13585628", "DK13585628"],
  ["EE100594102", "EE100594102"],
  ["EL 094259216", "EL094259216"],
  ["GR094259216", "EL094259216"],
  ["ESB58378431", "ESB58378431"],
  ["ESX5253868R", "ESX5253868R"],
  ["FI 20774740", "FI20774740"],
  ["FR 40 303 265 045", "FR40303265045"],
  ["FR83404833048", "FR83404833048"],
  ["FRK7399859412", "FRK7399859412"], // a letter key
  ["HR 33392005961", "HR33392005961"],
  ["HU-12892312", "HU12892312"],
  ["IE 6433435F", "IE6433435F"],
  ["IE 6433435OA", "IE6433435OA"],
  ["IE8D79739I", "IE8D79739I"],
  ["IT 00743110157", "IT00743110157"],
  ["IT01114601006", "IT01114601006"],
  ["LT119511515", "LT119511515"],
  ["LT 100001919017", "LT100001919017"],
  ["LU 150 274 42", "LU15027442"],
  ["LV 4000 3521 600", "LV40003521600"],
  ["MT 1167-9112", "MT11679112"],
  ["NL004495445B01", "NL004495445B01"],
  ["NL000099998B57", "NL000099998B57"],
  ["NL002455799B11", "NL002455799B11"],
  ["PL 8567346215", "PL8567346215"],
  ["PT 501 964 843", "PT501964843"],
  ["RO 185 472 90", "RO18547290"],
  ["SE 123456789701", "SE123456789701"],
  ["SI 5022 3054", "SI50223054"],
  ["SK 202 274 96 19", "SK2022749619"],
  ["GB980780684", "GB980780684"],
  ["GB 100 1908 74", "GB100190874"],
  ["GB980780684001", "GB980780684001"],
  ["GBGD001", "GBGD001"], // a government department
  ["GBHA500", "GBHA500"], // a health authority
  ["XI980780684", "XI980780684"],
];

/** Published valid company and tax numbers (the registries' and the national libraries' examples): country, as typed, as stored. */
export const COMPANY_ID_EXAMPLES: readonly (readonly [string, string, string])[] = [
  ["IT", "RSSMRA85T10A562S", "RSSMRA85T10A562S"], // codice fiscale of a person (a sole trader)
  ["IT", "rccmnl83s18d969h", "RCCMNL83S18D969H"],
  ["IT", "00743110157", "00743110157"], // codice fiscale of a company, the partita IVA's digits
  ["IT", "IT 01114601006", "01114601006"],
  ["IT", "MI-1234567", "MI-1234567"], // REA number: no check digit
  ["IT", "rm 998877", "RM-998877"],
  ["DE", "HRB 12345", "HRB 12345"], // Handelsregister: no check digit
  ["DE", "Amtsgericht München HRB 123456", "Amtsgericht München HRB 123456"],
  ["DE", "HRB 98765 B", "HRB 98765 B"],
  ["DE", "121/5752/5373", "12157525373"], // Steuernummer
  ["DE", "14/203/31601", "1420331601"],
  ["NL", "69599084", "69599084"], // KvK-nummer: no check digit
  ["NL", "KvK 3301 4286", "33014286"],
  ["FR", "552 008 443", "552008443"], // SIREN
  ["FR", "732 829 320", "732829320"],
  ["FR", "RCS Paris B 552 008 443", "552008443"],
  ["FR", "732 829 320 00074", "73282932000074"], // SIRET
  ["FR", "356 000 000 09075", "35600000009075"], // La Poste's SIRET, its own rule
  ["BE", "0403.019.261", "0403019261"], // enterprise number (KBO/BCE)
  ["BE", "BE 0417497106", "0417497106"],
  ["BE", "428 759 497", "0428759497"], // the old 9-digit form
  ["GB", "01234567", "01234567"], // Companies House: no check digit
  ["GB", "SC123456", "SC123456"],
];

/** ISO 7064 MOD 97-10 remainder (A = 10 … Z = 35), written here so the tests do not trust the code under test. */
export function mod97(code: string): number {
  let rest = 0;
  for (const ch of code) {
    const v = parseInt(ch, 36);
    rest = (rest * (v < 10 ? 10 : 100) + v) % 97;
  }
  return rest;
}

/** The IBAN of `bban` in `country` with the ISO check digits that make it pass MOD 97-10. */
export function ibanWithCheck(country: string, bban: string): string {
  return `${country}${String(98 - mod97(`${bban}${country}00`)).padStart(2, "0")}${bban}`;
}
