// `npm run review` end to end on the embedded sample: build, serve, print with Chromium, then read the PDF back
// with poppler's pdfinfo and pdftotext and compare its text with the dataset and the sentence generators.
import { execFileSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_DATA_DIR } from "../../loaders/config/data-dir.js";
import type { ReviewPage } from "../../loaders/site/review-page.js";
import { siteData } from "../../loaders/site/site-archive.js";
import { budgetSentences } from "../../src/components/review-budget-text.js";
import { comparisonSentences } from "../../src/components/review-comparison.js";
import { eventsSentences } from "../../src/components/review-events-text.js";
import { ideasSentence } from "../../src/components/review-ideas-text.js";
import { qpvSentences } from "../../src/components/review-qpv-text.js";
import { tiersLieuxSentences } from "../../src/components/review-tiers-lieux-text.js";
import { runCli } from "../helpers/run-cli.js";

const YEAR = 2017;

/** Text with every run of spaces (Intl's no-break ones, pdftotext's line breaks) made one plain space. */
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

function poppler(tool: "pdfinfo" | "pdftotext", args: string[]): string {
  return execFileSync(tool, args, { encoding: "utf8" });
}

/** The poppler tools this test needs that cannot be run. */
function popplerMissing(): string[] {
  return ["pdfinfo", "pdftotext"].filter((tool) => {
    try {
      execFileSync(tool, ["-v"], { stdio: "ignore" });
      return false;
    } catch {
      return true;
    }
  });
}

describe("npm run review", () => {
  let pdf = "";
  let run: Awaited<ReturnType<typeof runCli>>;
  let page: ReviewPage;

  beforeAll(async () => {
    const missing = popplerMissing();
    if (missing.length) throw new Error(`${missing.join(", ")} not found: install poppler-utils (sudo apt-get install poppler-utils).`);
    pdf = join(await mkdtemp(join(tmpdir(), "inspir-review-")), `bilan-${YEAR}.pdf`);
    [run, page] = await Promise.all([
      runCli("review", ["--year", String(YEAR), "--out", pdf]),
      siteData({ dataDir: SAMPLE_DATA_DIR }).then((data) => data["bilan.json"] as ReviewPage)
    ]);
  }, 240_000);

  it("writes an A4 PDF of a few pages and says so on stderr", () => {
    expect(run.stderr).not.toMatch(/Erreur/);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const info = poppler("pdfinfo", [pdf]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(8);
    expect(info).toMatch(/^Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/m);
    expect(run.stderr).toContain(`Bilan ${YEAR} écrit dans ${pdf} (${pages} pages A4).`);
  });

  it("holds the year's title and sentences, as the dataset gives them", () => {
    const text = flat(poppler("pdftotext", ["-enc", "UTF-8", pdf, "-"]));
    const index = page.reviews.findIndex((r) => r.year === YEAR);
    const review = page.reviews[index]!;
    expect(text).toContain(`Bilan ${YEAR} — Innovation numérique`);
    const sentences = [
      ...eventsSentences(YEAR, review.events, page.epciTotal),
      ...budgetSentences(YEAR, review.budget, review.schemes),
      ideasSentence(YEAR, review.ideas),
      ...qpvSentences(YEAR, review.qpv),
      ...tiersLieuxSentences(YEAR, review.tiersLieux, page.epciTotal),
      ...comparisonSentences(review, page.reviews[index - 1] ?? null)
    ];
    for (const sentence of sentences) expect(text).toContain(flat(sentence));
    // The sample's 2017 figures, hand-checked once against the budget and territories pages.
    expect(review.events.count).toBe(23);
    expect(text).toContain("la Région a labellisé 23 événements créatifs");
    expect(text).toContain("121 220 €");
    // Table cells read in content order (-raw); Chromium never hyphenates, so a hyphen ending a line is the text's own.
    const cells = flat(poppler("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"]).replace(/-\n/g, "-"));
    for (const highlight of review.highlights) for (const value of [highlight.intitule, highlight.beneficiaire, highlight.commune]) if (value) expect(cells).toContain(flat(value));
  });

  it("numbers every page and dates the exports in the footer, with no empty page", () => {
    const pages = Number(/^Pages:\s+(\d+)/m.exec(poppler("pdfinfo", [pdf]))?.[1]);
    for (let p = 1; p <= pages; p++) {
      const text = flat(poppler("pdftotext", ["-enc", "UTF-8", "-f", String(p), "-l", String(p), pdf, "-"]));
      expect(text).toContain(`Page ${p} / ${pages}`);
      expect(text).toContain("exports arrêtés au 31 décembre 2019");
      // More than the footer: the page has content.
      expect(text.replace(/Bilan \d{4} — Innovation numérique · Région Hauts-de-France · exports arrêtés au [^·]*?\d{4} Page \d+ \/ \d+/, "").length).toBeGreaterThan(200);
    }
  });

  it("refuses a year the exports do not have, in one line listing the years there are", async () => {
    const result = await runCli("review", ["--year", "2015", "--out", pdf]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([`--year 2015 : pas de bilan pour cette année dans les exports de ${SAMPLE_DATA_DIR} ; années disponibles : ${page.years.join(", ")}.`]);
  });

  it("fails in one line, without a stack trace, on a folder with no exports", async () => {
    const result = await runCli("review", ["--year", "2017", "--data", await mkdtemp(join(tmpdir(), "inspir-empty-"))]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^Erreur : dossiers\.csv : export obligatoire absent/);
  });
});
