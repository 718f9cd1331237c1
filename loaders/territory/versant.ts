/** The two former regions that the 2016 envelope is split between. */
export const VERSANTS = ["Nord-Pas-de-Calais", "Picardie"] as const;
export type Versant = (typeof VERSANTS)[number];

/** The five départements of Hauts-de-France, by INSEE code. */
export const DEPARTEMENTS = ["02", "59", "60", "62", "80"] as const;
export type Departement = (typeof DEPARTEMENTS)[number];

const VERSANT_OF: Record<Departement, Versant> = {
  "02": "Picardie",
  "59": "Nord-Pas-de-Calais",
  "60": "Picardie",
  "62": "Nord-Pas-de-Calais",
  "80": "Picardie"
};

/** The versant of a Hauts-de-France département (59/62 Nord-Pas-de-Calais; 02/60/80 Picardie). */
export function versantOf(departement: Departement): Versant {
  return VERSANT_OF[departement];
}

export function isDepartement(code: string): code is Departement {
  return (DEPARTEMENTS as readonly string[]).includes(code);
}
