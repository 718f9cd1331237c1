import { describe, expect, it } from "vitest";
import { dossier, idee, paiement } from "../helpers/exports-folder.js";
import { indicatorsOf } from "../helpers/indicators-of.js";

describe("event, idea and QPV indicators", () => {
  it("counts Labellisé, Voté and Soldé events by EPCI, département and versant", async () => {
    const doc = await indicatorsOf({
      dossiers: [
        dossier({ "N° dossier": "E1" }), // Lille, MEL
        dossier({ "N° dossier": "E2", "Code commune": "59009" }), // Villeneuve-d'Ascq, MEL
        dossier({ "N° dossier": "E3", "Code commune": "2691", Statut: "Labellisé" }), // Saint-Quentin
        dossier({ "N° dossier": "E4", "Code commune": "2285", Statut: "Soldé" }), // Escaufourt → Saint-Souplet (Nord)
        dossier({ "N° dossier": "E5", Statut: "Refusé" }),
        dossier({ "N° dossier": "E6", Statut: "Déposé", "Date de vote": "" }),
        dossier({ "N° dossier": "X", Dispositif: "INS'pir - Expérimentation" })
      ]
    });
    expect(doc.events.total).toBe(4);
    // Ties on count are ordered by SIREN.
    expect(doc.events.byEpci.map((e) => [e.siren, e.count])).toEqual([
      ["200093201", 2],
      ["200030633", 1],
      ["200071892", 1]
    ]);
    for (const e of doc.events.byEpci) expect(e.per100k).toBeGreaterThan(0);
    expect(doc.events.byDepartement.map((d) => [d.code, d.count])).toEqual([
      ["02", 1],
      ["59", 3],
      ["60", 0],
      ["62", 0],
      ["80", 0]
    ]);
    expect(doc.events.coverage).toMatchObject({ epciWithEvent: 3, epciTotal: 92 });
  });

  it("computes per100k from the EPCI's populationMunicipale, to 2 decimals", async () => {
    const { territoryReference } = await import("../../loaders/territory/reference.js");
    const mel = territoryReference().epci.get("200093201")!;
    const doc = await indicatorsOf({ dossiers: [dossier(), dossier({ "N° dossier": "D2" }), dossier({ "N° dossier": "D3" })] });
    expect(doc.events.byEpci).toEqual([{ siren: "200093201", name: mel.name, count: 3, per100k: Math.round((3e5 / mel.population) * 100) / 100 }]);
  });

  it("builds the idea funnel with abandoned ideas at their furthest stage", async () => {
    const stages = ["Émergée", "Émergée", "Publiée", "Accompagnée", "Mûrie", "Expérimentée", "Activité créée", "Mûrie"];
    const doc = await indicatorsOf({
      dossiers: [dossier()],
      suivi: stages.map((s, i) => idee({ "N° idée": `I${i}`, Étape: s, Abandonnée: i === 1 || i === 7 ? "Oui" : "" }))
    });
    expect(doc.ideas.funnel).toEqual([
      { stage: "Émergée", count: 8 },
      { stage: "Publiée", count: 6 },
      { stage: "Accompagnée", count: 5 },
      { stage: "Mûrie", count: 4 },
      { stage: "Expérimentée", count: 2 },
      { stage: "Activité créée", count: 1 }
    ]);
    expect(doc.ideas).toMatchObject({ matured: 4, abandoned: 2, maturedShare: 0.5 });
  });

  it("computes the politique de la ville shares by count and by engaged amount", async () => {
    const doc = await indicatorsOf({
      dossiers: [
        dossier({ "N° dossier": "Q", QPV: "Oui", "Montant voté fonctionnement": "3000" }),
        dossier({ "N° dossier": "P", "Public QPV": "O", Statut: "Soldé", "Montant voté fonctionnement": "9000" }),
        dossier({ "N° dossier": "B", QPV: "oui", "Public QPV": "OUI", Statut: "Labellisé", "Montant voté fonctionnement": "" }),
        dossier({ "N° dossier": "N", "Montant voté fonctionnement": "6000" }),
        dossier({ "N° dossier": "R", QPV: "Oui", Statut: "Refusé" })
      ],
      paiements: [paiement({ "N° dossier": "P", Montant: "1000" })]
    });
    // Engaged: Q 3000, P 1000 (net paid, Soldé), B 0, N 6000 → 4000 / 10000.
    expect(doc.qpv).toEqual({ events: 4, eventsQpvOrPublic: 3, eventsInQpv: 2, eventsPublicQpv: 2, shareCount: 0.75, shareAmount: 0.4 });
  });

  it("gives 0 shares when there is nothing to divide by", async () => {
    const doc = await indicatorsOf({ dossiers: [dossier({ Dispositif: "AMI Innovation sociale", "Montant voté fonctionnement": "0" })] });
    expect(doc.qpv).toEqual({ events: 0, eventsQpvOrPublic: 0, eventsInQpv: 0, eventsPublicQpv: 0, shareCount: 0, shareAmount: 0 });
    expect(doc.ideas.maturedShare).toBe(0);
    expect(doc.events.byEpci).toEqual([]);
  });
});
