import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { describeHistory, historyChart, historyTable } from "../../src/components/history-chart.js";
import { describeChartContract } from "./chart-contract.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const { document } = new JSDOM("<!DOCTYPE html>").window;
const history = [
  { date: "2019-10-31", envelope: 600_000, engaged: 402_075, paid: 345_550, events: 73 },
  { date: "2019-11-30", envelope: 600_000, engaged: 427_375, paid: 371_750, events: 73 },
  { date: "2019-12-31", envelope: 700_000, engaged: 444_075, paid: 367_800, events: 77 }
];

describeChartContract({ historyChart: (width) => historyChart(history, { width, document }) }, { widths: [800], description: true });

describe("historyChart", () => {
  it("names the three curves and says where they go, in words", () => {
    const chart = historyChart(history, { width: 800, document });
    for (const word of ["Engagé", "Mandaté", "Enveloppe", "31 octobre 2019", "31 décembre 2019"]) expect(n(chart.textContent)).toContain(word);
    expect(n(describeHistory(history))).toBe("Du 31 octobre 2019 au 31 décembre 2019, sur 3 exports : l’engagé passe de 402 075 € à 444 075 €, le mandaté de 345 550 € à 367 800 €, pour une enveloppe de 700 000 €.");
    expect(n(describeHistory(history.slice(2)))).toBe("Un seul export, du 31 décembre 2019 : 444 075 € engagés et 367 800 € mandatés pour une enveloppe de 700 000 €.");
  });

  it("gives one table row per export", () => {
    const rows = [...historyTable(history, { document }).querySelectorAll("tbody tr")].map((r) => [...r.children].map((c) => n(c.textContent)));
    expect(rows[2]).toEqual(["31 décembre 2019", "700 000 €", "444 075 €", "367 800 €", "77"]);
  });
});
