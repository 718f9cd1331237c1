import { describe, expect, it } from "vitest";
import { csv, dossier, paiement } from "../helpers/exports-folder.js";
import { indicatorsOf } from "../helpers/indicators-of.js";

describe("budget indicators", () => {
  it("counts engaged by status and paid net of refunds, per section and versant, INS'pir only", async () => {
    const doc = await indicatorsOf({
      dossiers: [
        // Voté: engaged = voted of each section.
        dossier({ "N° dossier": "V", "Montant voté fonctionnement": "4000", "Montant voté investissement": "1000", Dispositif: "INS'pir - Expérimentation" }),
        // Soldé in Picardie (Amiens): engaged = net paid, the rest of the vote is released.
        dossier({ "N° dossier": "S", "Code commune": "80021", Statut: "Soldé", "Montant voté fonctionnement": "10000" }),
        // Caduc: engaged = net paid (nothing here).
        dossier({ "N° dossier": "C", Statut: "Caduc", "Montant voté fonctionnement": "3000" }),
        // Labellisé and Refusé: engaged 0.
        dossier({ "N° dossier": "L", Statut: "Labellisé", "Montant voté fonctionnement": "2000" }),
        // A tiers-lieu is not paid by the INS'pir envelope.
        dossier({ "N° dossier": "T", Dispositif: "Tiers-lieux du numérique", "Montant voté fonctionnement": "40000", Année: "1", Fonctions: "fablab,coworking", "Coût total": "100000" })
      ],
      paiements: [
        paiement({ "N° dossier": "V", "N° mandat": "1", Montant: "2000" }),
        paiement({ "N° dossier": "S", "N° mandat": "2", Montant: "9000" }),
        paiement({ "N° dossier": "S", "N° mandat": "3", Montant: "500", Type: "Reversement" }),
        paiement({ "N° dossier": "L", "N° mandat": "4", Montant: "100" }),
        paiement({ "N° dossier": "T", "N° mandat": "5", Montant: "20000" })
      ],
      extra: {
        "enveloppes.csv": csv([
          { Programme: "INS'pir", Section: "Fonctionnement", Versant: "Nord-Pas-de-Calais", Montant: "150000" },
          { Programme: "INS'pir", Section: "Fonctionnement", Versant: "Nord-Pas-de-Calais", Montant: "50000" },
          { Programme: "INS'pir", Section: "Investissement", Versant: "Nord-Pas-de-Calais", Montant: "10000" },
          { Programme: "INS'pir", Section: "Fonctionnement", Versant: "Picardie", Montant: "200000" },
          { Programme: "Tiers-lieux", Section: "Fonctionnement", Versant: "Picardie", Montant: "999999" }
        ])
      }
    });
    expect(doc.budget.lines).toEqual([
      { section: "Fonctionnement", versant: "Nord-Pas-de-Calais", envelope: 200000, engaged: 4000, paid: 2100, engagedRate: 0.02, paidRate: 0.0105, left: 196000 },
      { section: "Investissement", versant: "Nord-Pas-de-Calais", envelope: 10000, engaged: 1000, paid: 0, engagedRate: 0.1, paidRate: 0, left: 9000 },
      { section: "Fonctionnement", versant: "Picardie", envelope: 200000, engaged: 8500, paid: 8500, engagedRate: 0.0425, paidRate: 0.0425, left: 191500 },
      { section: "Investissement", versant: "Picardie", envelope: 0, engaged: 0, paid: 0, engagedRate: 0, paidRate: 0, left: 0 }
    ]);
    expect(doc.budget.total).toMatchObject({ envelope: 410000, engaged: 13500, paid: 10600, left: 396500 });
    // All votes on 23/09/2016 (V 5000, S 8500 net paid, C 0); payments on 01/10/2016 (V 2000, S 9000 − 500, L 100).
    expect(doc.budget.timeline).toEqual([
      { date: "2016-09-23", engaged: 13500, paid: 0, envelope: 410000 },
      { date: "2016-10-01", engaged: 13500, paid: 10600, envelope: 410000 }
    ]);
  });

  it("rounds amounts to the cent", async () => {
    const doc = await indicatorsOf({
      dossiers: [dossier({ "Montant voté fonctionnement": "0,1" }), dossier({ "N° dossier": "D2", "Montant voté fonctionnement": "0,2" })]
    });
    expect(doc.budget.lines[0]?.engaged).toBe(0.3);
    expect(doc.budget.total.left).toBe(599999.7);
  });
});
