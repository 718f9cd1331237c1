import { describe, expect, it } from "vitest";
import { ANY_RULE, explorerFilter, showsPreview } from "../../src/components/explorer-filter.js";
import type { ExplorerIndex, ExplorerRows } from "../../src/components/explorer-format.js";
import { queryExplorer } from "../../src/components/explorer-query.js";
import { explorerTable } from "../../src/components/explorer-table.js";
import { searchKey } from "../../src/components/search-key.js";

const index: Omit<ExplorerIndex, "preview"> = {
  exportsDate: "2019-12-31",
  count: 3,
  shardCount: 2,
  dispositifs: ["INS'pir - Événement créatif", "Tiers-lieux du numérique"],
  statuts: ["Labellisé", "Voté", "Refusé"],
  departements: [
    { code: "02", name: "Aisne", versant: "Picardie" },
    { code: "59", name: "Nord", versant: "Nord-Pas-de-Calais" }
  ],
  epci: [
    { siren: "200093201", name: "Métropole Européenne de Lille" },
    { siren: "200071983", name: "CC du Pays de Thiérache" }
  ],
  rules: [{ code: "EVT_CAP", label: "Événement créatif : montant voté supérieur à 12 500 €" }, { code: "TL_FUNCTIONS", label: "Tiers-lieu : moins de deux fonctions" }],
  years: [2018, 2019],
  actionYears: [2017, 2018, 2019]
};

const pieces: ExplorerRows[] = [
  {
    id: ["EX001226", "EX000002"],
    dispositif: [0, 1],
    beneficiaire: ["Cœur de Flandre Numérique", null],
    commune: ["Lille", "Hirson"],
    departement: ["59", "02"],
    epci: [0, 1],
    statut: [1, 0],
    depot: ["2018-01-10", "2019-02-01"],
    vote: ["2018-03-01", "2019-05-02"],
    actionYear: [2018, 2019],
    voteF: [1000001, 0],
    voteI: [0, 200],
    paidF: [1, 0],
    paidI: [0, 0],
    engaged: [1000001, 0],
    alerts: [["EVT_CAP"], []]
  },
  {
    id: ["EX000100"],
    dispositif: [0],
    beneficiaire: ["Association Été numérique"],
    commune: ["Hirson"],
    departement: ["02"],
    epci: [1],
    statut: [2],
    depot: ["2017-12-01"],
    vote: [null],
    actionYear: [2017],
    voteF: [0],
    voteI: [0],
    paidF: [0],
    paidI: [0],
    engaged: [0],
    alerts: [["EVT_CAP", "TL_FUNCTIONS"]]
  }
];

const table = explorerTable(index, pieces);
const query = (params: Record<string, string>) => queryExplorer(table, explorerFilter(params, index));
const ids = (params: Record<string, string>) => query(params).rows.map((r) => r.id);

describe("explorer search and filters", () => {
  it("finds a dossier by a word of its organisation, commune, EPCI or number, ignoring accents and case", () => {
    expect(ids({ q: "coeur" })).toEqual(["EX001226"]);
    expect(ids({ q: "ÉTÉ" })).toEqual(["EX000100"]);
    expect(ids({ q: "thierache hirson" })).toEqual(["EX000002", "EX000100"]);
    expect(ids({ q: "europeenne" })).toEqual(["EX001226"]);
    expect(ids({ q: "ex0012" })).toEqual(["EX001226"]);
    expect(ids({ q: "lille hirson" })).toEqual([]);
  });

  it("keeps the dossiers of a year of vote, département, dispositif, status group, EPCI, versant or rule", () => {
    expect(ids({ annee: "2018" })).toEqual(["EX001226"]);
    expect(ids({ annee_action: "2017" })).toEqual(["EX000100"]);
    expect(ids({ departement: "02", dispositif: "evenement" })).toEqual(["EX000100"]);
    expect(ids({ statut: "Labellisé" })).toEqual(["EX000002"]);
    expect(ids({ statut: "comptes" })).toEqual(["EX000002", "EX001226"]);
    expect(ids({ epci: "200071983" })).toEqual(["EX000002", "EX000100"]);
    expect(ids({ versant: "Nord-Pas-de-Calais" })).toEqual(["EX001226"]);
    expect(ids({ regle: "TL_FUNCTIONS" })).toEqual(["EX000100"]);
    expect(ids({ regle: ANY_RULE })).toEqual(["EX000100", "EX001226"]);
  });

  it("ignores values the exports do not hold: a year after the exports date, an unknown rule or département", () => {
    const filter = explorerFilter({ annee: "2020", regle: "NOPE", departement: "75", dispositif: "x", tri: "x", page: "-3" }, index);
    expect(showsPreview(filter)).toBe(true);
    expect(showsPreview(explorerFilter({ page: "2" }, index))).toBe(false);
  });

  it("sorts, and sums the kept dossiers' amounts exactly in cents", () => {
    expect(ids({ tri: "engage" })).toEqual(["EX001226", "EX000002", "EX000100"]);
    expect(ids({ tri: "alertes" })).toEqual(["EX000100", "EX001226", "EX000002"]);
    expect(ids({ tri: "organisation" })[0]).toBe("EX000100");
    expect(query({})).toMatchObject({ count: 3, voted: 1000201, paid: 1, engaged: 1000001, page: 1, pages: 1 });
  });

  it("resolves each row's vocabulary", () => {
    expect(query({ q: "coeur" }).rows[0]).toMatchObject({ dispositif: "INS'pir - Événement créatif", statut: "Voté", epciName: "Métropole Européenne de Lille", versant: "Nord-Pas-de-Calais", year: 2018, voted: 1000001 });
  });
});

describe("search key", () => {
  it("drops accents, ligatures, case and punctuation", () => {
    expect(searchKey("EX001226 — Cœur-de-Flandre Numérique")).toBe("ex001226 coeur de flandre numerique");
  });
});
