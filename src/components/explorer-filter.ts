import { dispositifOfCode } from "./dispositif-codes.js";
import type { ExplorerIndex } from "./explorer-format.js";

/** Orders of the explorer's list: text and numbers ascending, dates and amounts newest or largest first. */
export const EXPLORER_SORTS = {
  numero: "N° dossier",
  organisation: "Organisation",
  commune: "Commune",
  vote: "Date de vote (récente d’abord)",
  engage: "Engagé (plus grand d’abord)",
  paye: "Payé (plus grand d’abord)",
  alertes: "Nombre d’alertes"
} as const;
export type ExplorerSort = keyof typeof EXPLORER_SORTS;

/** Named groups of statuses that the site's counts use, by code in the address. */
export const STATUT_GROUPS: Readonly<Record<string, { label: string; statuts: readonly string[] }>> = {
  comptes: { label: "Événements comptés (Labellisé, Voté, Soldé)", statuts: ["Labellisé", "Voté", "Soldé"] },
  votes: { label: "Votés (Voté, Soldé, Caduc)", statuts: ["Voté", "Soldé", "Caduc"] }
};

/** Any alert, as the rule filter's value. */
export const ANY_RULE = "toutes";

/** What the explorer shows, as its address says: every field null (or empty) keeps every dossier. */
export interface ExplorerFilter {
  /** Words to find in the number, organisation, commune or EPCI. */
  q: string;
  /** Year of vote or label. */
  annee: number | null;
  /** Year of the action (as the territories page counts events). */
  anneeAction: number | null;
  departement: string | null;
  dispositif: string | null;
  /** Statuses kept (one, or a group of STATUT_GROUPS); empty for all. */
  statuts: string[];
  /** SIREN of the EPCI. */
  epci: string | null;
  versant: string | null;
  /** A rule code, ANY_RULE, or null for every dossier with or without alerts. */
  regle: string | null;
  tri: ExplorerSort;
  /** Page of the list, from 1. */
  page: number;
}

/** The address parameters of a filter, by field: the same names on every page (`annee`, `departement`, `dispositif`). */
export type FilterParams = Readonly<Record<string, string>>;

/**
 * The filter an address asks for, keeping only values the exports hold (a year after the exports date, an unknown
 * département or rule, is ignored): `?annee=2018&departement=02&dispositif=evenement&statut=comptes&regle=EVT_CAP`.
 */
export function explorerFilter(params: FilterParams, index: Pick<ExplorerIndex, "years" | "departements" | "epci" | "rules" | "statuts">): ExplorerFilter {
  const get = (name: string) => params[name]?.trim() ?? "";
  const year = Number(get("annee"));
  const statut = get("statut");
  const rule = get("regle");
  const versants = new Set(index.departements.map((d) => d.versant));
  const sort = get("tri");
  const page = Number(get("page"));
  return {
    q: get("q"),
    annee: index.years.includes(year) ? year : null,
    anneeAction: /^\d{4}$/.test(get("annee_action")) ? Number(get("annee_action")) : null,
    departement: index.departements.some((d) => d.code === get("departement")) ? get("departement") : null,
    dispositif: dispositifOfCode(get("dispositif") || null),
    statuts: Object.hasOwn(STATUT_GROUPS, statut) ? [...STATUT_GROUPS[statut]!.statuts] : index.statuts.includes(statut) ? [statut] : [],
    epci: index.epci.some((e) => e.siren === get("epci")) ? get("epci") : null,
    versant: versants.has(get("versant")) ? get("versant") : null,
    regle: rule === ANY_RULE || index.rules.some((r) => r.code === rule) ? rule : null,
    tri: Object.hasOwn(EXPLORER_SORTS, sort) ? (sort as ExplorerSort) : "numero",
    page: Number.isInteger(page) && page > 1 ? page : 1
  };
}

/** Whether the filter keeps every dossier in number order on the first page: the list the index's preview already holds. */
export function showsPreview(filter: ExplorerFilter): boolean {
  return (
    filter.q === "" &&
    filter.annee === null &&
    filter.anneeAction === null &&
    filter.departement === null &&
    filter.dispositif === null &&
    filter.statuts.length === 0 &&
    filter.epci === null &&
    filter.versant === null &&
    filter.regle === null &&
    filter.tri === "numero" &&
    filter.page === 1
  );
}
