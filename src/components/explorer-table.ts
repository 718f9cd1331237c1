import type { ColumnTable } from "arquero";
// arquero's package entry also exports its file loaders, which import node:fs: Framework's bundle keeps that import
// (the package's `browser` map is not applied to its entry), so the browser would refuse the whole module. The table
// entry point holds every verb and expression without them.
import { table } from "arquero/src/table/index.js";
import type { ExplorerIndex, ExplorerRows } from "./explorer-format.js";
import { searchKey } from "./search-key.js";

/** One dossier of the explorer, as its arquero table holds it (amounts in cents). */
export interface ExplorerRow {
  id: string;
  dispositif: string;
  beneficiaire: string | null;
  commune: string;
  departement: string;
  versant: string;
  epci: string | null;
  epciName: string | null;
  statut: string;
  depot: string;
  vote: string | null;
  /** Year of the vote or label, null when never voted. */
  year: number | null;
  actionYear: number;
  voteF: number;
  voteI: number;
  voted: number;
  paidF: number;
  paidI: number;
  paid: number;
  engaged: number;
  alerts: string[];
  alertCount: number;
  /** Number, organisation, commune and EPCI as searchKey gives them, for the search. */
  key: string;
  /** The date of vote as a number (20160923), 0 when never voted, for sorting newest first. */
  voteDay: number;
  /** The organisation as searchKey gives it, for sorting without regard to accents; after every name when there is none. */
  nameKey: string;
}

/** The explorer's arquero table from pieces of rows, their vocabularies resolved and the search key computed once. */
export function explorerTable(index: Pick<ExplorerIndex, "dispositifs" | "statuts" | "epci" | "departements">, pieces: readonly ExplorerRows[]): ColumnTable {
  const versants = new Map(index.departements.map((d) => [d.code, d.versant]));
  const columns: { [K in keyof ExplorerRow]: ExplorerRow[K][] } = {
    id: [], dispositif: [], beneficiaire: [], commune: [], departement: [], versant: [], epci: [], epciName: [], statut: [], depot: [], vote: [], year: [], actionYear: [],
    voteF: [], voteI: [], voted: [], paidF: [], paidI: [], paid: [], engaged: [], alerts: [], alertCount: [], key: [], nameKey: [], voteDay: []
  };
  for (const p of pieces) {
    for (let i = 0; i < p.id.length; i++) {
      const epci = index.epci[p.epci[i]!];
      const vote = p.vote[i]!;
      columns.id.push(p.id[i]!);
      columns.dispositif.push(index.dispositifs[p.dispositif[i]!] ?? "");
      columns.beneficiaire.push(p.beneficiaire[i]!);
      columns.commune.push(p.commune[i]!);
      columns.departement.push(p.departement[i]!);
      columns.versant.push(versants.get(p.departement[i]!) ?? "");
      columns.epci.push(epci?.siren ?? null);
      columns.epciName.push(epci?.name ?? null);
      columns.statut.push(index.statuts[p.statut[i]!] ?? "");
      columns.depot.push(p.depot[i]!);
      columns.vote.push(vote);
      columns.voteDay.push(vote === null ? 0 : Number(vote.replaceAll("-", "")));
      columns.actionYear.push(p.actionYear[i]!);
      columns.year.push(vote === null ? null : Number(vote.slice(0, 4)));
      columns.voteF.push(p.voteF[i]!);
      columns.voteI.push(p.voteI[i]!);
      columns.voted.push(p.voteF[i]! + p.voteI[i]!);
      columns.paidF.push(p.paidF[i]!);
      columns.paidI.push(p.paidI[i]!);
      columns.paid.push(p.paidF[i]! + p.paidI[i]!);
      columns.engaged.push(p.engaged[i]!);
      columns.alerts.push(p.alerts[i]!);
      columns.alertCount.push(p.alerts[i]!.length);
      columns.nameKey.push(p.beneficiaire[i] ? searchKey(p.beneficiaire[i]!) : "\uffff");
      columns.key.push(searchKey(`${p.id[i]} ${p.beneficiaire[i] ?? ""} ${p.commune[i]} ${epci?.name ?? ""}`));
    }
  }
  return table(columns);
}
