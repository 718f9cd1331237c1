import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { AlertRow } from "../../loaders/site/budget-page.js";
import { budgetAlertsTable, formatAlertAmount } from "../../src/components/budget-alerts-table.js";
import { budgetBarParts, budgetBarsChart, describeBudgetBar } from "../../src/components/budget-bars-chart.js";
import type { CumulativePoint } from "../../src/components/budget-cumulative.js";
import { budgetCumulativeChart, budgetCumulativeTable, describeCumulative, labelOffsets, timeTicks } from "../../src/components/budget-cumulative-chart.js";
import { budgetLegend } from "../../src/components/budget-legend.js";
import { ruleCountsTable } from "../../src/components/budget-rule-counts-table.js";
import { budgetSplitTable } from "../../src/components/budget-split-table.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";
import { describeChartContract } from "./chart-contract.js";

const { document } = new JSDOM("<!DOCTYPE html>").window;

const bars = [
  { label: "Fonctionnement · Picardie", envelope: 200000, engaged: 162825, paid: 114525 },
  { label: "Investissement · Picardie", envelope: 100000, engaged: 130000, paid: 24000 },
];
const utc = (month: string) => new Date(`${month}-01T00:00:00Z`);
const points: CumulativePoint[] = [
  { month: "2017-01", date: utc("2017-01"), engaged: 10000, paid: 0 },
  { month: "2018-06", date: utc("2018-06"), engaged: 150000, paid: 90000 },
  { month: "2019-12", date: utc("2019-12"), engaged: 440715, paid: 361115 },
];
const period: [Date, Date] = [utc("2017-01"), utc("2019-12")];
const flat = (envelope: number) => [{ date: period[0], envelope }];
// 600 000 € from the start, 700 000 € from a top-up in July 2018.
const steps = [{ date: period[0], envelope: 600000 }, { date: new Date(Date.UTC(2018, 6, 19)), envelope: 700000 }];

/** Each chart function, drawn at a given width (px). */
const charts: Record<string, (width: number) => Element> = {
  budgetBarsChart: (width) => budgetBarsChart(bars, { width, ariaLabel: "Lignes de l’enveloppe", document }),
  budgetCumulativeChart: (width) => budgetCumulativeChart(points, { width, envelope: steps, period, document }),
};

describeChartContract(charts, { widths: [800], description: true });

describe("budgetBarsChart", () => {
  it("writes each bar's name and amounts, with the overrun of an over-committed line", () => {
    const text = n(budgetBarsChart(bars, { width: 900, ariaLabel: "x", document }).textContent);
    expect(text).toContain("Fonctionnement · Picardie");
    expect(text).toContain("engagé 162 825 € · mandaté 114 525 € · reste à engager 37 175 €");
    expect(text).toContain("dépassement 30 000 €");
  });

  it("marks an over-committed line with a triangle and its name, never by colour alone", () => {
    const chart = budgetBarsChart(bars, { width: 900, ariaLabel: "x", document });
    const over = bars.filter((b) => b.envelope !== undefined && b.engaged > b.envelope);
    expect(over.length).toBeGreaterThan(0);
    expect(chart.querySelectorAll("g[stroke='var(--theme-background)'] path")).toHaveLength(over.length);
    for (const b of over) expect(n(chart.textContent)).toContain(`▲ ${b.label} — au-delà de l’enveloppe`);
  });

  it("puts the amounts on their own lines on a phone", () => {
    const texts = [...budgetBarsChart(bars, { width: 360, ariaLabel: "x", document }).querySelectorAll("g[text-anchor] text")].map((t) => n(t.textContent));
    expect(texts).toContain("engagé 162 825 € · mandaté 114 525 €");
    expect(texts).toContain("reste à engager 37 175 €");
  });

  it("draws an envelope track and rule only for rows that have an envelope", () => {
    const withEnvelope = budgetBarsChart(bars, { width: 800, ariaLabel: "x", document });
    const without = budgetBarsChart(bars.map(({ envelope: _e, ...rest }) => rest), { width: 800, ariaLabel: "x", document });
    expect(withEnvelope.querySelectorAll("rect").length - without.querySelectorAll("rect").length).toBe(2);
    expect(without.querySelectorAll("line[stroke-width='2']")).toHaveLength(0);
  });
});

describe("budgetBarParts and describeBudgetBar", () => {
  it("say the amounts in words", () => {
    expect(budgetBarParts({ label: "2018", engaged: 1000, paid: 500 }).map(n)).toEqual(["engagé 1 000 €", "mandaté 500 €"]);
    expect(n(describeBudgetBar(bars[0]!))).toBe("Fonctionnement · Picardie : engagé 162 825 €, mandaté 114 525 €, reste à engager 37 175 € sur une enveloppe de 200 000 €.");
  });
});

describe("budgetCumulativeChart", () => {
  it("names both curves, each level of the envelope and the years", () => {
    const chart = budgetCumulativeChart(points, { width: 800, envelope: steps, period, document });
    const text = n(chart.textContent);
    for (const word of ["Engagé", "Mandaté", "Enveloppe : 600 000 €", "Enveloppe : 700 000 €", "2017", "2018", "2019", "2020"]) expect(text).toContain(word);
    expect(n(chart.getAttribute("aria-description"))).toContain("L’enveloppe passe à 700 000 € en juillet 2018.");
  });

  it("draws only the envelope when nothing moved", () => {
    const chart = budgetCumulativeChart([], { width: 800, envelope: flat(100000), period, document });
    expect(chart.querySelectorAll("path[stroke-width='3']")).toHaveLength(0);
    expect(n(chart.getAttribute("aria-description"))).toBe("Aucun engagement ni mandatement ; enveloppe de 100 000 €.");
  });

  it("describes where the curves end", () => {
    expect(n(describeCumulative(points, 700000))).toBe(
      "Fin décembre 2019 : 440 715 € engagés (63,0 % de l’enveloppe) et 361 115 € mandatés (51,6 %), depuis janvier 2017, pour une enveloppe de 700 000 €.",
    );
  });
});

describe("labelOffsets", () => {
  it("leaves names far enough apart alone and pushes close ones apart evenly", () => {
    expect(labelOffsets(40)).toEqual([0, 0]);
    expect(labelOffsets(5)).toEqual([-5, 5]);
    expect(labelOffsets(-5)).toEqual([5, -5]);
  });
});

describe("timeTicks", () => {
  it("marks years over a long period and quarters in French over a short one", () => {
    const long = timeTicks(utc("2017-01"), utc("2020-01"));
    expect(long.ticks.map((d) => long.tickFormat(d))).toEqual(["2017", "2018", "2019", "2020"]);
    const short = timeTicks(utc("2017-03"), utc("2017-10"));
    expect(short.ticks.map((d) => short.tickFormat(d))).toEqual(["mars 2017", "juin 2017", "septembre 2017"]);
  });
});

describe("budgetCumulativeTable", () => {
  it("gives the cumulative amounts and shares of the envelope as it stood at each month's end", () => {
    const table = budgetCumulativeTable(points, steps, { document });
    const first = [...table.querySelectorAll("tbody tr")][2]!;
    expect([...first.children].map((c) => n(c.textContent))).toEqual(["décembre 2019", "700 000 €", "440 715,00 €", "63,0 %", "361 115,00 €", "51,6 %"]);
    expect(first.firstElementChild?.getAttribute("scope")).toBe("row");
  });
});

describe("budgetSplitTable", () => {
  it("lists the rows then their total", () => {
    const rows = [
      { key: "a", label: "Événement créatif", engaged: 1000.5, paid: 500 },
      { key: "b", label: "Expérimentation", engaged: 0, paid: 0 },
    ];
    const table = budgetSplitTable(rows, { caption: "Par dispositif", keyLabel: "Dispositif", document });
    expect(table.querySelector("caption")?.textContent).toBe("Par dispositif");
    const cells = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(cells).toEqual([
      ["Événement créatif", "1 000,50 €", "500,00 €", "50,0 %"],
      ["Expérimentation", "0,00 €", "0,00 €", "0,0 %"],
      ["Total", "1 000,50 €", "500,00 €", "50,0 %"],
    ]);
  });
});

describe("budgetAlertsTable", () => {
  const alerts: AlertRow[] = [
    { dossier: "EX1", beneficiaire: "Numéria SAS", dispositif: "INS'pir - Événement créatif", commune: "Amiens", versant: "Picardie", statut: "Soldé", rule: "EVT_RATE", section: null, amount: 7100, limit: 5545.5, message: "Voté 7 100 €" },
    { dossier: "EX2", beneficiaire: null, dispositif: "Tiers-lieux du numérique", commune: "Corbie", versant: "Picardie", statut: "Voté", rule: "TL_SAME_EPCI", section: null, amount: null, limit: null, message: "Autre aide" },
  ];
  const labels = new Map([["EVT_RATE", "Événement : plus de 50 %"], ["TL_SAME_EPCI", "Deux aides dans le même EPCI"]]);

  it("shows each alert with its dossier as row header, its rule's label and code, amounts and message", () => {
    const table = budgetAlertsTable(alerts, labels, { caption: "Alertes", dossierHref: (id) => `./dossiers?dossier=${id}`, document });
    expect([...table.querySelectorAll("thead th[scope='col']")].map((th) => th.textContent)).toEqual(["Dossier, organisation bénéficiaire", "Dispositif, commune", "Règle", "Montant", "Limite", "Message"]);
    const [first, second] = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(first).toEqual(["EX1Numéria SAS", "Événement créatifAmiens", "Événement : plus de 50 % EVT_RATE", "7 100 €", "5 545,50 €", "Voté 7 100 €"]);
    expect(second).toEqual(["EX2–", "Tiers-lieux du numériqueCorbie", "Deux aides dans le même EPCI TL_SAME_EPCI", "–", "–", "Autre aide"]);
    expect(table.querySelector("tbody th")?.getAttribute("scope")).toBe("row");
    expect([...table.querySelectorAll("tbody th a")].map((a) => a.getAttribute("href"))).toEqual(["./dossiers?dossier=EX1", "./dossiers?dossier=EX2"]);
  });

  it("formats amounts with cents only when they have some", () => {
    expect(n(formatAlertAmount(12500))).toBe("12 500 €");
    expect(n(formatAlertAmount(0.5))).toBe("0,50 €");
    expect(formatAlertAmount(null)).toBe("–");
  });
});

describe("ruleCountsTable", () => {
  const counts = [
    { rule: "EVT_CAP", label: "Plafond", alerts: 2, dossiers: 1 },
    { rule: "EXP_CAP", label: "Section", alerts: 0, dossiers: 0 },
  ];

  it("lists the rules with their counts and a total of alerts", () => {
    const table = ruleCountsTable(counts, { caption: "Par règle", document });
    expect([...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ["EVT_CAP", "Plafond", "2", "1"],
      ["EXP_CAP", "Section", "0", "0"],
    ]);
    expect(table.querySelector("tfoot")?.textContent).toBe("Total2");
  });

  it("links the code of each rule that raised alerts to its list", () => {
    const table = ruleCountsTable(counts, { caption: "Par règle", href: (rule) => `./budget?regle=${rule}#alertes`, document });
    const links = [...table.querySelectorAll("tbody th a")];
    expect(links.map((a) => [a.getAttribute("href"), a.textContent, a.getAttribute("aria-label")])).toEqual([["./budget?regle=EVT_CAP#alertes", "EVT_CAP", "Voir les alertes EVT_CAP"]]);
    expect(table.querySelectorAll("thead th")).toHaveLength(4);
  });

  it("links each dossier count, and the total of dossiers with an alert, to the explorer", () => {
    const table = ruleCountsTable(counts, { caption: "Par règle", dossiersHref: (rule) => `./dossiers?regle=${rule ?? "toutes"}`, totalDossiers: 1, document });
    expect([...table.querySelectorAll("td a")].map((a) => [a.getAttribute("href"), a.textContent])).toEqual([["./dossiers?regle=EVT_CAP", "1"], ["./dossiers?regle=toutes", "1"]]);
    expect(table.querySelector("tfoot")?.textContent).toBe("Total21");
  });

  it("lets a long code wrap after its underscores only", () => {
    const table = ruleCountsTable([{ rule: "PAID_OVER_VOTED", label: "Payé", alerts: 1, dossiers: 1 }], { caption: "x", document });
    const code = table.querySelector("tbody code")!;
    expect(code.textContent).toBe("PAID_OVER_VOTED");
    expect(code.innerHTML).toBe("PAID_<wbr>OVER_<wbr>VOTED");
  });
});

describe("budgetLegend", () => {
  it("draws each item's shape, hidden from screen readers, next to its name", () => {
    const legend = budgetLegend([{ shape: "thick-bar", label: "Engagé" }, { shape: "dashed-line", label: "Enveloppe" }], { document });
    expect(legend.textContent).toBe("EngagéEnveloppe");
    expect(legend.querySelectorAll("svg[aria-hidden='true']")).toHaveLength(2);
    expect(legend.querySelector("line")?.getAttribute("stroke-dasharray")).toBe("4 3");
  });
});
