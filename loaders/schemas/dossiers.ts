import { cellText } from "../parse/cell.js";
import { enumMatcher } from "../parse/enum-matcher.js";
import { normalizeKey } from "../parse/normalize-key.js";
import * as cell from "./cell-parser.js";
import type { Verdict } from "./cell-parser.js";
import { type ExportSpec, sqlList, sqlText } from "./export-spec.js";
import { ACCOMPAGNATEURS, DATED_STATUTS, DISPOSITIFS, EVENT, FONCTIONS, type Fonction, INSPIR_DISPOSITIFS, LABELLISATIONS, NATURES_JURIDIQUES, STATUTS, TIERS_LIEU } from "./vocabulary.js";

const matchFonction = enumMatcher(FONCTIONS);
// The tiers-lieux call names "télétravail ponctuel"; accept it for "télétravail".
const FONCTION_ALIASES: Record<string, Fonction> = { "teletravail ponctuel": "télétravail", "aide aux porteurs de projet": "aide aux porteurs de projets" };

/** The distinct tiers-lieu functions listed in a cell (separated by `|` or `,`), and the pieces that are none of them. */
export function parseFonctions(text: string | null): { known: Fonction[]; unknown: string[] } {
  const known = new Set<Fonction>();
  const unknown: string[] = [];
  for (const piece of (cellText(text) ?? "").split(/[|,]/)) {
    const t = piece.trim();
    if (t === "") continue;
    const f = matchFonction(t) ?? FONCTION_ALIASES[normalizeKey(t)];
    if (f) known.add(f);
    else unknown.push(t);
  }
  return { known: [...known], unknown };
}

/** A canonical value for an event's column, read only on events. */
function eventValue(values: readonly string[]): (text: string | null) => Verdict {
  const match = enumMatcher(values);
  return (raw) => {
    const t = cellText(raw);
    if (t === null) return { value: null };
    const value = match(t);
    return value === undefined ? { fault: `valeur inconnue (attendu : ${values.join(", ")})` } : { value };
  };
}

const IS_EVENT = `c.dispositif = ${sqlText(EVENT)}`;
const IS_TIERS_LIEU = `c.dispositif = ${sqlText(TIERS_LIEU)}`;

/** `dossiers`: one application of any of the five dispositifs. */
export const DOSSIERS: ExportSpec = {
  kind: "dossiers",
  table: "dossiers",
  comment: "Dossiers gardés des cinq dispositifs (les lignes rejetées sont dans rejected)",
  key: "id",
  columns: [
    { header: "N° dossier", name: "id", cell: cell.requiredText, required: true, comment: "N° dossier, tel qu'écrit dans l'export" },
    {
      header: "Dispositif",
      name: "dispositif",
      cell: cell.oneOf(DISPOSITIFS, { required: true }),
      required: true,
      comment: "Dispositif, orthographe canonique",
      derived: [{ name: "inspir", type: "BOOLEAN", comment: "Un des trois dispositifs INS'pir payés par l'enveloppe", sql: `c.dispositif IN (${sqlList(INSPIR_DISPOSITIFS)})` }]
    },
    { header: "Intitulé", name: "intitule", cell: cell.text, comment: "Intitulé de l'action" },
    { header: "Bénéficiaire", name: "beneficiaire", cell: cell.text, comment: "Organisme bénéficiaire" },
    { header: "SIRET", name: "siret", cell: cell.siret, comment: "SIRET du bénéficiaire (14 chiffres)" },
    { header: "Nature juridique", name: "nature_juridique", cell: cell.oneOf(NATURES_JURIDIQUES, { required: false }), comment: "Nature juridique du bénéficiaire" },
    {
      header: "Code commune",
      name: "commune_code",
      cell: cell.commune,
      required: true,
      comment: "Code INSEE de la commune actuelle (anciens codes de communes déléguées ou associées ramenés à elle)",
      derived: [
        { name: "commune_name", type: "VARCHAR", comment: "Nom de la commune actuelle", sql: "commune.name" },
        { name: "departement", type: "VARCHAR", comment: "Département de la commune actuelle", sql: "commune.departement" },
        { name: "versant", type: "VARCHAR", comment: "Versant de ce département (Nord-Pas-de-Calais ou Picardie)", sql: "commune.versant" },
        { name: "epci_siren", type: "VARCHAR", comment: "SIREN de l'EPCI de la commune actuelle", sql: "commune.epci_siren" }
      ]
    },
    { header: "Statut", name: "statut", cell: cell.oneOf(STATUTS, { required: true }), required: true, comment: "Statut, orthographe canonique" },
    { header: "Date de dépôt", name: "date_depot", cell: cell.requiredDate, required: true, comment: "Date de dépôt" },
    { header: "Date de vote", name: "date_vote", cell: cell.date, comment: "Date du vote en Commission permanente, ou du label" },
    { header: "Date de l'action", name: "date_action", cell: cell.date, comment: "Date de l'événement, ou début de l'action" },
    {
      header: "Labellisation",
      name: "labellisation",
      cell: cell.text,
      rowParse: { when: IS_EVENT, type: "VARCHAR", parse: eventValue(LABELLISATIONS) },
      comment: "Avec ou sans financement (événements)"
    },
    { header: "Coût total", name: "cout_total", cell: cell.amount, comment: "Coût total éligible (€)" },
    { header: "Montant demandé", name: "montant_demande", cell: cell.amount, comment: "Montant demandé (€)" },
    { header: "Montant voté fonctionnement", name: "vote_fonctionnement", cell: cell.amount, comment: "Montant voté en fonctionnement (€)" },
    { header: "Montant voté investissement", name: "vote_investissement", cell: cell.amount, comment: "Montant voté en investissement (€)" },
    { header: "QPV", name: "qpv", cell: cell.yesNo, comment: "Action située dans un quartier prioritaire de la politique de la ville" },
    { header: "Public QPV", name: "public_qpv", cell: cell.yesNo, comment: "Action ouverte à des habitants d'un QPV" },
    {
      header: "Accompagnement",
      name: "accompagnement",
      cell: cell.text,
      rowParse: { when: IS_EVENT, type: "VARCHAR", parse: eventValue(ACCOMPAGNATEURS) },
      comment: "Qui accompagne les équipes (événements)"
    },
    { header: "Participants", name: "participants", cell: cell.count, comment: "Personnes présentes" },
    {
      header: "Année",
      name: "annee",
      cell: cell.text,
      rowParse: {
        when: IS_TIERS_LIEU,
        type: "INTEGER",
        parse: (raw) => {
          const t = cellText(raw);
          if (t === null) return { value: null };
          const n = /^[123]$/.test(t) ? Number(t) : /^[123]\.0+$/.test(t) ? Number.parseInt(t) : 0;
          return n === 0 ? { fault: "année du plan attendue : 1, 2 ou 3" } : { value: n };
        }
      },
      comment: "Année 1, 2 ou 3 du plan du tiers-lieu"
    },
    {
      header: "Fonctions",
      name: "fonctions",
      cell: cell.text,
      rowParse: {
        when: IS_TIERS_LIEU,
        type: "VARCHAR[]",
        parse: (raw) => {
          const { known, unknown } = parseFonctions(raw);
          return unknown.length > 0 ? { fault: `fonction inconnue : ${unknown.join(", ")}` } : { value: known };
        },
        otherwise: "[]::VARCHAR[]"
      },
      comment: "Fonctions du tiers-lieu (distinctes ; vide hors tiers-lieux)"
    },
    { header: "Contact", name: "contact", cell: cell.text, personal: true, comment: "Contact du porteur de projet" }
  ],
  rowRules: [
    { column: "siret", reason: "CASE WHEN c.vote_fonctionnement + c.vote_investissement > 0 AND c.siret IS NULL THEN 'SIRET obligatoire pour un dossier avec un montant voté' END" },
    { column: "date_vote", reason: `CASE WHEN c.date_vote IS NULL AND c.statut IN (${sqlList(DATED_STATUTS)}) THEN 'date de vote obligatoire pour le statut ' || c.statut END` },
    { column: "date_vote", reason: "CASE WHEN c.date_vote < c.date_depot THEN 'date de vote antérieure au dépôt (' || strftime(c.date_depot, '%Y-%m-%d') || ')' END" },
    "labellisation",
    "accompagnement",
    "annee",
    "fonctions"
  ],
  joins: "JOIN communes commune ON commune.code = c.commune_code"
};
