// Short codes for the dispositifs in addresses (`?dispositif=evenement`), so that a shared link stays readable.

/** Code in the address → canonical dispositif of the exports. */
export const DISPOSITIF_CODES: Readonly<Record<string, string>> = {
  evenement: "INS'pir - Événement créatif",
  experimentation: "INS'pir - Expérimentation",
  structure: "INS'pir - Structure d'accompagnement",
  "tiers-lieux": "Tiers-lieux du numérique",
  ami: "AMI Innovation sociale"
};

/** The code of a dispositif, or null for one the site does not know. */
export function dispositifCode(dispositif: string): string | null {
  return Object.entries(DISPOSITIF_CODES).find(([, d]) => d === dispositif)?.[0] ?? null;
}

/** The dispositif a code names, or null for an unknown code. */
export function dispositifOfCode(code: string | null): string | null {
  return code !== null && Object.hasOwn(DISPOSITIF_CODES, code) ? DISPOSITIF_CODES[code]! : null;
}
