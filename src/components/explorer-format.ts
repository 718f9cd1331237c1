// The explorer's files, as the loader writes them and the page reads them: one small index, then pieces of rows
// and of details by dossier number (see dossier-shard.ts). Amounts are integer cents, so that sums stay exact.

/** Dossiers per page of the explorer's list, and in the index's preview. */
export const EXPLORER_PAGE_SIZE = 50;

/** The explorer's first load: the vocabularies its pieces refer to by position, and what the exports hold. */
export interface ExplorerIndex {
  /** Latest date of the exports, `YYYY-MM-DD`. */
  exportsDate: string | null;
  /** Kept dossiers in all. */
  count: number;
  shardCount: number;
  dispositifs: string[];
  statuts: string[];
  departements: { code: string; name: string; versant: string }[];
  epci: { siren: string; name: string }[];
  rules: { code: string; label: string }[];
  /** Years of vote or label found in the exports, none after the exports date. */
  years: number[];
  /** Years of action (see ExplorerRows.actionYear) found in the exports, none after the exports date. */
  actionYears: number[];
  /** The first EXPLORER_PAGE_SIZE dossiers by number: the list shown before any search, filter or sort needs the pieces. */
  preview: ExplorerRows;
}

/** One piece of dossier rows, column by column (each array has one entry per dossier). */
export interface ExplorerRows {
  id: string[];
  /** Position in ExplorerIndex.dispositifs. */
  dispositif: number[];
  beneficiaire: (string | null)[];
  commune: string[];
  departement: string[];
  /** Position in ExplorerIndex.epci, −1 when the commune has none. */
  epci: number[];
  /** Position in ExplorerIndex.statuts. */
  statut: number[];
  depot: string[];
  vote: (string | null)[];
  /** Year of the action (else of the vote, else of the deposit): the year the territories page counts an event in. */
  actionYear: number[];
  /** Voted in fonctionnement and investissement, paid net in each, engaged (both sections): cents. */
  voteF: number[];
  voteI: number[];
  paidF: number[];
  paidI: number[];
  engaged: number[];
  /** Rule codes of the dossier's alerts, each once. */
  alerts: string[][];
}

/** A payment: date `YYYY-MM-DD`, mandate number, section, type, net amount (cents, negative for a refund). */
export type ExplorerPayment = [string, string, string, string, number];
/** An idea of an event: number, title, stage, stage rank 1–6, abandoned. */
export type ExplorerIdea = [string, string | null, string, number, boolean];
/** A marker score of an AMI assessment: marker rank 1–12, marker, score 0–3, committee date. */
export type ExplorerMarker = [number, string, number, string | null];
/** An alert: rule code, section, amount and limit (cents), message. */
export type ExplorerAlert = [string, string | null, number | null, number | null, string];

/** What the detail panel shows of one dossier beyond its row. */
export interface ExplorerDetail {
  intitule: string | null;
  payments: ExplorerPayment[];
  ideas: ExplorerIdea[];
  markers: ExplorerMarker[];
  alerts: ExplorerAlert[];
}

/** One piece of details, by dossier number. */
export type ExplorerDetails = Record<string, ExplorerDetail>;
