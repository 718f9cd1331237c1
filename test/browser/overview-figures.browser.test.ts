// The overview shows the analysts' figures: what the page displays (its data-figure elements) equals the JSON
// of `npm run indicators -- --data data/sample`, both the raw value and the formatted text.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IndicatorsDocument } from "../../loaders/indicators/document.js";
import { runCli } from "../helpers/run-cli.js";
import { launchChromium } from "../../loaders/serve/chromium.js";
import { showsValue } from "./french-number.js";
import { sampleSite } from "./site.js";
import { waitForRendered } from "../../loaders/serve/page-rendered.js";

/** Each key figure of the overview (its `data-figure` name) and where the analysts' document has it. */
function expectedFigures(doc: IndicatorsDocument): Record<string, number> {
  const { total } = doc.budget;
  const expected: Record<string, number> = {
    envelope: total.envelope,
    engaged: total.engaged,
    "engaged-rate": total.engagedRate,
    paid: total.paid,
    "paid-rate": total.paidRate,
    left: total.left,
    "events-total": doc.events.total,
    "epci-with-event": doc.events.coverage.epciWithEvent,
    "epci-total": doc.events.coverage.epciTotal,
    "epci-coverage": doc.events.coverage.share,
    "qpv-share-count": doc.qpv.shareCount,
    "qpv-share-amount": doc.qpv.shareAmount,
    "qpv-events": doc.qpv.events,
    "qpv-events-qpv-or-public": doc.qpv.eventsQpvOrPublic,
    "qpv-events-in-qpv": doc.qpv.eventsInQpv,
    "qpv-events-public-qpv": doc.qpv.eventsPublicQpv,
    "ideas-emerged": doc.ideas.funnel[0]?.count ?? 0,
    "ideas-matured": doc.ideas.matured,
    "ideas-matured-share": doc.ideas.maturedShare,
    "ideas-abandoned": doc.ideas.abandoned,
    alerts: doc.alerts.length,
    rejected: doc.rejected.length,
    "rows-read": doc.files.reduce((sum, f) => sum + f.read, 0),
  };
  for (const file of doc.files) if (file.rejected > 0) expected[`rejected-${file.file}`] = file.rejected;
  expected["pipeline-count"] = doc.budget.pipeline.count;
  expected["pipeline-requested"] = doc.budget.pipeline.requested;
  if (doc.budget.forecast.exhaustion !== null) expected["forecast-pace"] = doc.budget.forecast.monthlyPace;
  const changes = doc.changes;
  if (changes) {
    Object.assign(expected, {
      "change-engaged": changes.engaged,
      "change-paid": changes.paid,
      "change-left": -changes.engaged,
      "change-new-dossiers": changes.newDossiers.length,
      "change-status-changes": changes.statusChanges.length,
      "change-new-payments": changes.newPayments.count,
      "change-new-payments-amount": changes.newPayments.amount,
      "change-new-alerts": changes.alerts.new.length,
      "change-resolved-alerts": changes.alerts.resolved.length
    });
  }
  return expected;
}

interface ShownFigure {
  name: string;
  value: string;
  text: string;
}

let browser: Browser | undefined;
let analysts: IndicatorsDocument;
let shown: ShownFigure[];
let exportsDate: { datetime: string | null; text: string } | null;

beforeAll(async () => {
  const { url } = sampleSite();
  const [cli, launched] = await Promise.all([runCli("indicators", ["--data", "data/sample"]), launchChromium()]);
  browser = launched;
  if (cli.code !== 0) throw new Error(`npm run indicators failed (${cli.code}): ${cli.stderr}`);
  analysts = JSON.parse(cli.stdout) as IndicatorsDocument;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  await waitForRendered(page, 20_000);
  shown = await page.$$eval("[data-figure]", (elements) =>
    elements.map((e) => ({ name: (e as HTMLElement).dataset.figure ?? "", value: (e as HTMLElement).dataset.value ?? "", text: e.textContent ?? "" })),
  );
  exportsDate = await page
    .$eval(".exports-date", (p) => ({ datetime: p.querySelector("time")?.getAttribute("datetime") ?? null, text: p.textContent ?? "" }))
    .catch(() => null);
  await context.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("the overview page", () => {
  it("tags each key figure once", () => {
    const names = shown.map((f) => f.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect([...names].sort()).toEqual(Object.keys(expectedFigures(analysts)).sort());
  });

  it("has exactly the figures of the analysts' command", () => {
    const values = Object.fromEntries(shown.map((f) => [f.name, Number(f.value)]));
    expect(values).toEqual(expectedFigures(analysts));
  });

  it("writes each figure as the analysts' value rounded for display", () => {
    const expected = expectedFigures(analysts);
    const wrong = shown.filter((f) => !showsValue(f.text, expected[f.name] ?? Number.NaN)).map((f) => `${f.name}: shows "${f.text}" for ${expected[f.name]}`);
    expect(wrong).toEqual([]);
  });

  it("says the date of the current export, as a date in words, and the previous one's", () => {
    expect(exportsDate?.datetime).toBe(analysts.exportDate);
    const [year, month, day] = (exportsDate?.datetime ?? "").split("-").map(Number);
    const inWords = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year!, month! - 1, day));
    expect(exportsDate?.text.replace(/\s+/g, " ")).toContain(`Données de l’export du ${inWords.replace(/^1 /, "1er ")}, comparées à celui du 30 novembre 2019`);
  });
});
