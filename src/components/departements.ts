/** Names of the five départements of Hauts-de-France, by INSEE code. */
export const DEPARTEMENT_NAMES: Readonly<Record<string, string>> = {
  "02": "Aisne",
  "59": "Nord",
  "60": "Oise",
  "62": "Pas-de-Calais",
  "80": "Somme",
};

/** "Nord (59)"; the bare code when it is not one of the region's. */
export function departementLabel(code: string): string {
  const name = DEPARTEMENT_NAMES[code];
  return name ? `${name} (${code})` : code;
}
