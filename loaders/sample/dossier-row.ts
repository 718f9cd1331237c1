import { withoutLeadingZero } from "./commune-picker.js";
import { CP1252_SEPARATORS, randomAmount, randomDate, randomYesNo } from "./french-format.js";
import type { Cents } from "./money.js";
import type { Rng } from "./prng.js";
import type { Dossier, DossierField } from "./records.js";
import { DISPOSITIF, DISPOSITIF_TYPOGRAPHIC, isVoted } from "./schemes.js";

/** The header of `dossiers.csv`: not in the contract's order, one spelling with a typographic apostrophe, one extra column. */
export const DOSSIER_HEADERS = [
  "N° dossier",
  "Intitulé",
  "Dispositif",
  "Code commune",
  "Bénéficiaire",
  "SIRET",
  "Nature juridique",
  "Statut",
  "Date de dépôt",
  "Date de vote",
  "Date de l’action",
  "Coût total",
  "Montant demandé",
  "Montant voté fonctionnement",
  "Montant voté investissement",
  "Labellisation",
  "Accompagnement",
  "Participants",
  "QPV",
  "Public QPV",
  "Année",
  "Fonctions",
  "Contact",
  "Commentaire interne"
] as const;

/** A SIRET as typed: 14 digits, sometimes grouped `123 456 789 00012`. */
function renderSiret(rng: Rng, siret: string | null): string {
  if (siret === null) return "";
  return rng.chance(0.25) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}

/** The exported commune code: an Aisne code loses its leading zero in about a third of the rows (Excel). */
function renderCommune(rng: Rng, code: string): string {
  return code.startsWith("0") && rng.chance(0.35) ? withoutLeadingZero(code) : code;
}

/** A voted amount: the figure when voted, else empty (sometimes `0`). */
function renderVoted(rng: Rng, d: Dossier, value: Cents): string {
  if (value > 0) return randomAmount(rng, value, CP1252_SEPARATORS);
  if (isVoted(d.status) && rng.chance(0.4)) return randomAmount(rng, 0, CP1252_SEPARATORS);
  return "";
}

/** Tiers-lieu functions joined the ways people type them (`|`, `,` or `, `), sometimes capitalised. */
function renderFunctions(rng: Rng, functions: string[] | null): string {
  if (functions === null) return "";
  const separator = rng.pick(["|", ", ", ",", " | "]);
  const capitalise = rng.chance(0.2);
  return functions.map((f) => (capitalise ? f.charAt(0).toUpperCase() + f.slice(1) : f)).join(separator);
}

/** The text fields of one `dossiers.csv` row, in DOSSIER_HEADERS order; `rng` only decides format quirks. */
export function renderDossier(rng: Rng, d: Dossier): string[] {
  const raw = (field: DossierField, rendered: string): string => d.overrides?.[field] ?? rendered;
  const dispositif = rng.chance(0.35) ? DISPOSITIF_TYPOGRAPHIC[d.scheme] : DISPOSITIF[d.scheme];
  return [
    d.id,
    d.title,
    raw("Dispositif", dispositif),
    raw("Code commune", renderCommune(rng, d.communeCode)),
    d.beneficiary,
    renderSiret(rng, d.siret),
    d.nature,
    d.status,
    raw("Date de dépôt", randomDate(rng, d.deposit)),
    raw("Date de vote", randomDate(rng, d.vote)),
    randomDate(rng, d.action),
    randomAmount(rng, d.cost, CP1252_SEPARATORS),
    randomAmount(rng, d.requested, CP1252_SEPARATORS),
    renderVoted(rng, d, d.votedFonct),
    renderVoted(rng, d, d.votedInvest),
    d.labellisation ?? "",
    d.accompaniment ?? "",
    d.participants === null ? "" : String(d.participants),
    randomYesNo(rng, d.qpv),
    randomYesNo(rng, d.publicQpv),
    d.year === null ? "" : String(d.year),
    renderFunctions(rng, d.functions),
    d.contact,
    d.comment
  ];
}
