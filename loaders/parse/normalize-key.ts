const LIGATURES: Record<string, string> = { "œ": "oe", "æ": "ae", "ß": "ss" };

/**
 * The matching key of a header or enumerated value: lowercased, diacritics removed,
 * every run of non-alphanumeric characters turned into one space, trimmed
 * (so `N° dossier` and ` n°  DOSSIER ` match, as do `INS’pir – Événement` and `INS'pir - Evenement`).
 */
export function normalizeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
