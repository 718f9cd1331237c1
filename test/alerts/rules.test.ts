import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALERT_RULES } from "../../loaders/alerts/rules.js";
import { dossier, paiement } from "../helpers/exports-folder.js";
import { alertedBy, indicatorsOf } from "../helpers/indicators-of.js";

const event = (id: string, o: Record<string, string>) => dossier({ "N° dossier": id, ...o });
const experiment = (id: string, o: Record<string, string>) => dossier({ "N° dossier": id, Dispositif: "INS'pir - Expérimentation", "Montant voté fonctionnement": "0", ...o });
const structure = (id: string, o: Record<string, string>) => dossier({ "N° dossier": id, Dispositif: "INS'pir - Structure d'accompagnement", "Montant voté fonctionnement": "0", ...o });
const tiersLieu = (id: string, o: Record<string, string>) =>
  dossier({ "N° dossier": id, Dispositif: "Tiers-lieux du numérique", "Coût total": "200000", "Montant voté fonctionnement": "30000", Année: "1", Fonctions: "médiation|fablab", ...o });

describe("funding-rule alerts", () => {
  it("has a distinct short code per rule", () => {
    const codes = ALERT_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(12);
    for (const c of codes) expect(c).toMatch(/^[A-Z_]{6,16}$/);
  });

  it("documents every rule code in the README", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    for (const rule of ALERT_RULES) expect(readme).toContain(`| \`${rule.code}\` |`);
  });

  it("flags events over 50 % of their cost or over 12 500 €, not those at the limits", async () => {
    const doc = await indicatorsOf({
      dossiers: [
        event("RATE", { "Coût total": "10000", "Montant voté fonctionnement": "5000,01" }),
        event("RATE_OK", { "Coût total": "10000", "Montant voté fonctionnement": "4000", "Montant voté investissement": "1000" }),
        event("CAP", { "Coût total": "40000", "Montant voté fonctionnement": "12500,01" }),
        event("CAP_OK", { "Coût total": "25000", "Montant voté fonctionnement": "12 500,00 €" })
      ]
    });
    expect(alertedBy(doc)).toEqual({ EVT_RATE: ["RATE"], EVT_CAP: ["CAP"] });
  });

  it("flags experiments over 5 000 € in one section and structures over 5 000 € in all", async () => {
    const doc = await indicatorsOf({
      dossiers: [
        experiment("EXP", { "Montant voté investissement": "5001" }),
        experiment("EXP_OK", { "Montant voté fonctionnement": "5000", "Montant voté investissement": "5000" }),
        structure("STR", { "Montant voté fonctionnement": "3000", "Montant voté investissement": "2001" }),
        structure("STR_OK", { "Montant voté fonctionnement": "5000" })
      ]
    });
    expect(alertedBy(doc)).toEqual({ EXP_CAP: ["EXP"], STRUCT_CAP: ["STR"] });
  });

  it("holds tiers-lieux to the year cap, the equipment caps and two functions", async () => {
    const doc = await indicatorsOf({
      dossiers: [
        tiersLieu("Y1", { "Montant voté fonctionnement": "45001", "Code commune": "80021" }),
        tiersLieu("Y1_OK", { "Montant voté fonctionnement": "45000", "Code commune": "60057" }),
        tiersLieu("Y2", { Année: "2", "Montant voté fonctionnement": "30001", "Code commune": "62041" }),
        tiersLieu("Y3", { Année: "3", "Montant voté fonctionnement": "15001", "Code commune": "02691" }),
        tiersLieu("Y3_OK", { Année: "3", "Montant voté fonctionnement": "15000", "Code commune": "59183" }),
        tiersLieu("EQ_RATE", { "Coût total": "50000", "Montant voté fonctionnement": "0", "Montant voté investissement": "25001", "Code commune": "62193" }),
        tiersLieu("EQ_CAP", { "Montant voté fonctionnement": "0", "Montant voté investissement": "30001", "Code commune": "80001" }),
        tiersLieu("EQ_OK", { "Coût total": "60000", "Montant voté fonctionnement": "0", "Montant voté investissement": "30000", "Code commune": "59606" }),
        tiersLieu("FN", { Fonctions: "coworking, coworking", "Code commune": "60175" }),
        tiersLieu("FN_OK", { Fonctions: "coworking, télétravail", "Code commune": "62160" })
      ]
    });
    expect(alertedBy(doc)).toEqual({ TL_YEAR_CAP: ["Y1", "Y2", "Y3"], TL_EQUIP_RATE: ["EQ_RATE"], TL_EQUIP_CAP: ["EQ_CAP"], TL_FUNCTIONS: ["FN"] });
  });

  it("flags both of two voted tiers-lieux in one EPCI for the same year, not other years or unvoted ones", async () => {
    const doc = await indicatorsOf({
      dossiers: [
        tiersLieu("A", {}), // Lille, MEL, year 1
        tiersLieu("B", { "Code commune": "59009", Statut: "Soldé" }), // Villeneuve-d'Ascq, MEL, year 1
        tiersLieu("C", { "Code commune": "59512", Année: "2" }), // Roubaix, MEL, year 2
        tiersLieu("D", { "Code commune": "59599", Statut: "En instruction", "Date de vote": "" }) // Tourcoing, MEL, year 1, not voted
      ]
    });
    expect(alertedBy(doc)).toEqual({ TL_SAME_EPCI: ["A", "B"] });
  });

  it("names at most five other tiers-lieux of a crowded EPCI, then counts the rest", async () => {
    const ids = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"];
    const doc = await indicatorsOf({ dossiers: ids.map((id) => tiersLieu(id, {})) });
    const messages = new Map(doc.alerts.filter((a) => a.rule === "TL_SAME_EPCI").map((a) => [a.dossier, a.message]));
    expect(messages.size).toBe(8);
    expect(messages.get("T1")).toMatch(/ : T2, T3, T4, T5, T6 et 2 autres$/);
    expect(messages.get("T4")).toMatch(/ : T1, T2, T3, T5, T6 et 2 autres$/);
    expect(messages.get("T8")).toMatch(/ : T1, T2, T3, T4, T5 et 2 autres$/);
  });

  it("flags net payments over the vote of a section, payments on unvoted dossiers and payments before the vote", async () => {
    const doc = await indicatorsOf({
      dossiers: [
        event("OVER", { "Montant voté fonctionnement": "5000" }),
        event("REFUND_OK", { "Montant voté fonctionnement": "5000" }),
        event("NOT_VOTED", { Statut: "Labellisé" }),
        event("EARLY", {})
      ],
      paiements: [
        paiement({ "N° dossier": "OVER", "N° mandat": "1", Montant: "4000" }),
        paiement({ "N° dossier": "OVER", "N° mandat": "2", Montant: "1000,01", Type: "Solde" }),
        paiement({ "N° dossier": "REFUND_OK", "N° mandat": "3", Montant: "6000" }),
        paiement({ "N° dossier": "REFUND_OK", "N° mandat": "4", Montant: "1000", Type: "Reversement" }),
        paiement({ "N° dossier": "NOT_VOTED", "N° mandat": "5", Montant: "100" }),
        paiement({ "N° dossier": "EARLY", "N° mandat": "6", Montant: "100", "Date de paiement": "22/09/2016" })
      ]
    });
    expect(alertedBy(doc)).toEqual({ PAID_OVER_VOTED: ["OVER"], PAID_NOT_VOTED: ["NOT_VOTED"], PAID_BEFORE_VOTE: ["EARLY"] });
    const early = doc.alerts.find((a) => a.rule === "PAID_BEFORE_VOTE");
    expect(early?.message.replace(/\s/g, " ")).toBe("1 paiement(s) avant le vote du 23 septembre 2016, le premier le 22 septembre 2016");
  });

  it("writes amounts the French way in messages", async () => {
    const doc = await indicatorsOf({ dossiers: [event("CAP", { "Coût total": "40000", "Montant voté fonctionnement": "13 000,5" })] });
    expect(doc.alerts[0]?.message.replace(/[\u202f\u00a0]/g, " ")).toBe("Voté 13 000,5 € (plafond 12 500 €)");
  });
});
