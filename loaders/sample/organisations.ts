import type { Commune, Departement } from "../territory/index.js";
import { fakeEmail, fakePhone, slug } from "./people.js";
import type { Rng } from "./prng.js";
import type { Nature } from "./schemes.js";

/** "de Lens", "d’Arras", "du Touquet", "des Attaques": French elision before a place name. */
export function ofPlace(name: string): string {
  if (name.startsWith("Le ")) return `du ${name.slice(3)}`;
  if (name.startsWith("Les ")) return `des ${name.slice(4)}`;
  return /^[AEIOUYÀÂÉÈÊÎÔŒ]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** How each département is named in fictitious organisation names. */
const AREA_NAME: Record<Departement, string> = {
  "02": "l’Aisne",
  "59": "Flandre",
  "60": "l’Oise",
  "62": "l’Artois",
  "80": "la Somme"
};

const ASSOCIATION_PATTERNS: readonly ((c: Commune) => string)[] = [
  (c) => `Les Bidouilleurs ${ofPlace(c.name)}`,
  (c) => `Numérique en ${c.name}`,
  (c) => `FabLab ${ofPlace(c.name)}`,
  (c) => `Cœur de ${AREA_NAME[c.departement]} Numérique`,
  (c) => `Centre social ${ofPlace(c.name)}`,
  (c) => `Maison des jeunes et de la culture ${ofPlace(c.name)}`,
  (c) => `${c.name} Créative`,
  (c) => `Les Petits Débrouillards de ${AREA_NAME[c.departement]}`,
  (c) => `Collectif « Faire ensemble » ${c.name}`
];

const COMPANY_PATTERNS: readonly ((c: Commune) => string)[] = [
  (c) => `Open ${c.name} SCOP`,
  () => "Numéria SAS",
  (c) => `Les Ateliers du Code ${ofPlace(c.name)} SARL`,
  () => "Bureau d’études Œkoumène",
  (c) => `Studio Pixel ${c.name}`
];

const PUBLIC_PATTERNS: readonly ((c: Commune) => string)[] = [
  (c) => `Lycée professionnel ${ofPlace(c.name)}`,
  (c) => `Médiathèque intercommunale ${ofPlace(c.name)}`,
  (c) => `Centre communal d’action sociale ${ofPlace(c.name)}`
];

/** A fictitious organisation name for a legal nature and place (an EPCI is named after the real EPCI). */
export function organisationName(rng: Rng, nature: Nature, commune: Commune, epciName: string): string {
  switch (nature) {
    case "Association":
      return rng.pick(ASSOCIATION_PATTERNS)(commune);
    case "Collectivité":
      return `${rng.chance(0.5) ? "Commune" : "Ville"} ${ofPlace(commune.name)}`;
    case "EPCI":
      return epciName;
    case "Entreprise":
      return rng.pick(COMPANY_PATTERNS)(commune);
    case "Établissement public":
      return rng.pick(PUBLIC_PATTERNS)(commune);
    case "Autre":
      return `SCIC Tiers-lieu ${ofPlace(commune.name)}`;
  }
}

/** The `Contact` of a dossier: a fake e-mail at example.org, a fake phone, or nothing. */
export function organisationContact(rng: Rng, beneficiary: string): string {
  const kind = rng.weighted([["email", 70], ["phone", 25], ["none", 5]] as const);
  if (kind === "none") return "";
  if (kind === "phone") return fakePhone(rng);
  // The first three words of the name are enough for a believable mailbox.
  const words = slug(beneficiary, " ").split(" ").filter((w) => w.length > 2).slice(0, 3).join(" ");
  const local = `${rng.chance(0.6) ? "contact" : "projets"} ${words}`;
  return fakeEmail(rng, local);
}
