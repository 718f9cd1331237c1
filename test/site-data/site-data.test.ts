import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { maskPersonal } from "../../loaders/site/mask-personal.js";
import { siteArchive, siteData } from "../../loaders/site/site-archive.js";
import { dossier, exportsOf, idee, paiement } from "../helpers/exports-folder.js";

const parts = {
  dossiers: [
    dossier({ Contact: "marker-contact@example.org", "Public QPV": "Oui", "Date de l'action": "15/10/2016" }),
    dossier({ "N° dossier": "D2", "Code commune": "80021", Statut: "Soldé", "Date de l'action": "2017-03-01" }),
    dossier({ "N° dossier": "BAD", Participants: "tél. 06 12 34 56 78" }),
    dossier({ "N° dossier": "TL", Dispositif: "Tiers-lieux du numérique", Année: "1", Fonctions: "fablab", "Coût total": "90000", "Montant voté fonctionnement": "40000" })
  ],
  paiements: [paiement(), paiement({ "N° dossier": "D2", "N° mandat": "M2", Montant: "4000", "Date de paiement": "2017-04-01" })],
  suivi: [idee({ Porteur: "Marker Porteur", Email: "marker-email@example.org", Thématique: "santé" }), idee({ "N° idée": "I2", "N° dossier événement": "D2", Étape: "Mûrie", Thématique: "Santé " })]
};

describe("site data", () => {
  it("derives every page's data from one load, consistent with the analysts' figures", async () => {
    const data = (await siteData({ dataDir: await exportsOf(parts) })) as Record<string, any>;
    expect(Object.keys(data).sort()).toEqual(["bilan.json", "budget.json", "evolutions.json", "idees.json", "innovation-sociale.json", "overview.json", "politique-ville.json", "qualite.json", "territoires.json", "tiers-lieux.json"]);
    const overview = data["overview.json"];
    expect(overview.exportsDate).toBe("2017-04-01");
    expect(overview.budget.total).toMatchObject({ engaged: 9000, paid: 5000 });
    expect(overview.alerts).toEqual({ count: 1, dossiers: 1 });
    expect(overview.rejected).toEqual({ count: 1 });
    expect(overview.tiersLieux).toEqual({ epciWithAid: 1, epciTotal: 92, coverage: 1 / 92, dossiers: 1, voted: 40000 });
    expect(overview.socialInnovation).toEqual({ amiDossiers: 0, assessments: 0 });

    const budget = data["budget.json"];
    const sum = (rows: { engaged: number; paid: number }[], k: "engaged" | "paid") => rows.reduce((s, r) => s + r[k], 0);
    expect(sum(budget.months, "engaged")).toBe(9000);
    expect(sum(budget.months, "paid")).toBe(5000);
    expect(sum(budget.splits, "engaged")).toBe(9000);
    expect(budget.alerts.map((a: { dossier: string; rule: string }) => `${a.dossier} ${a.rule}`)).toEqual(["TL TL_FUNCTIONS"]);

    const territories = data["territoires.json"];
    expect(territories.epci).toHaveLength(92);
    expect(territories.epci.filter((e: { events: number }) => e.events > 0).map((e: { siren: string }) => e.siren)).toEqual(["200093201", "248000531"]);
    expect(territories.departements.map((d: { code: string; events: number }) => [d.code, d.events])).toEqual([["02", 0], ["59", 1], ["60", 0], ["62", 0], ["80", 1]]);
    expect(territories.counts).toEqual([{ siren: "200093201", year: 2016, events: 1 }, { siren: "248000531", year: 2017, events: 1 }]);
    expect(territories.map.outlines.map((o: { code: string }) => o.code)).toEqual(["02", "59", "60", "62", "80"]);

    const ideas = data["idees.json"];
    expect(ideas.byTheme).toEqual([{ theme: "Santé", atStage: [1, 0, 0, 1, 0, 0], abandonedAtStage: [0, 0, 0, 0, 0, 0] }]);
    expect(ideas.byYear.map((y: { year: number }) => y.year)).toEqual([2016, 2017]);

    const qpv = data["politique-ville.json"].cells;
    expect(qpv.reduce((s: number, c: { either: number }) => s + c.either, 0)).toBe(1);

    const tiersLieux = data["tiers-lieux.json"];
    expect(tiersLieux.years).toEqual([expect.objectContaining({ siren: "200093201", annee: 1, fonctionnement: 40000, fonctions: ["fablab"] })]);
    expect(tiersLieux.epciWithAid).toBe(1);

    const quality = data["qualite.json"];
    expect(quality.rejected).toEqual([expect.objectContaining({ file: "dossiers.csv", line: 4, value: "tél. [téléphone masqué]" })]);
  });

  it("publishes no personal value", async () => {
    const text = JSON.stringify(await siteData({ dataDir: await exportsOf(parts) }));
    for (const marker of ["marker-contact", "marker-email", "Marker Porteur", "06 12 34 56 78"]) expect(text).not.toContain(marker);
  });

  it("zips the same data into the same bytes", async () => {
    const dir = await exportsOf(parts);
    const [a, b] = [await siteArchive({ dataDir: dir }), await siteArchive({ dataDir: dir })];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const zip = await JSZip.loadAsync(a);
    expect(Object.keys(zip.files).sort()).toContain("overview.json");
  });
});

describe("maskPersonal", () => {
  it("masks e-mail addresses and French phone numbers, nothing else", () => {
    expect(maskPersonal("contact: jean.dupont@mairie-lille.fr")).toBe("contact: [adresse masquée]");
    expect(maskPersonal("06 12 34 56 78 / +33 3 20 00 00 00 / 03.20.00.00.00")).toBe("[téléphone masqué] / [téléphone masqué] / [téléphone masqué]");
    expect(maskPersonal("12 500,50 €")).toBe("12 500,50 €");
    expect(maskPersonal("73282932000074")).toBe("73282932000074");
  });
});
