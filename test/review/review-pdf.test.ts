// `npm run review` end to end on the embedded sample: build, serve, print with Chromium, then read the PDFs back
// with poppler's pdfinfo and pdftotext and compare their text with the dataset and the sentence generators.
// One site build serves every PDF (the command reuses it: same sources, same exports).
import { execFileSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { SAMPLE_DATA_DIR } from "../../loaders/config/data-dir.js";
import { queryRows } from "../../loaders/db/with-connection.js";
import { withLoadedDatabase } from "../../loaders/load/loaded-database.js";
import { reviewMethodNotes } from "../../src/components/review-method-notes.js";
import type { ReviewPage } from "../../loaders/site/review-page.js";
import { siteData } from "../../loaders/site/site-archive.js";
import { budgetSentences } from "../../src/components/review-budget-text.js";
import { comparisonSentences } from "../../src/components/review-comparison.js";
import { eventsSentences } from "../../src/components/review-events-text.js";
import { ideasSentence } from "../../src/components/review-ideas-text.js";
import { qpvSentences } from "../../src/components/review-qpv-text.js";
import { tiersLieuxSentences } from "../../src/components/review-tiers-lieux-text.js";
import { formatEuros, formatInteger } from "../../src/components/format.js";
import { runCli } from "../helpers/run-cli.js";

const YEAR = 2017;
/** The département printed beside the region every year: the Aisne. */
const DEPARTEMENT = "02";
/** The other reviews printed: every year of the sample, for the region and the Aisne (2016 is the programme's first, quiet year). */
const OTHERS: [number, string | null][] = [2016, 2017, 2018, 2019].flatMap((year) => [[year, null], [year, DEPARTEMENT]] as [number, string | null][]).filter(([year, d]) => year !== YEAR || d !== null);

/** Each page's text laid out as printed (`pdftotext -layout`), without its empty lines and footer. */
function pageLines(file: string): string[][] {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(poppler("pdfinfo", [file]))?.[1]);
  return Array.from({ length: pages }, (_, i) =>
    poppler("pdftotext", ["-layout", "-enc", "UTF-8", "-f", String(i + 1), "-l", String(i + 1), file, "-"])
      .split("\n")
      .map(flat)
      .filter((line) => line !== "" && !/Page \d+ \/ \d+$/.test(line))
  );
}

/** The headings a review prints (sections, cards, method terms), for the check that none ends a page. */
function headingsOf(first: number, review: ReviewPage["reviews"][number], previous: ReviewPage["reviews"][number] | null, exportsDate: string | null): string[] {
  const y = review.year;
  return [
    "Messages clés", `Chiffres clés ${y}`, `L’essentiel en ${y}`, "Événements créatifs", "Budget INS’pir", "Idées", "Politique de la ville", "Tiers-lieux du numérique",
    `Évolution depuis ${first}`, previous ? `Par rapport à ${previous.year}` : "Comparaison avec l’année précédente", "Consommation de l’enveloppe INS’pir",
    "Territoires", `Événements de ${y} par département`, `Intercommunalités couvertes en ${y}`, "Département par département", `Idées issues des événements de ${y}`,
    "Politique de la ville et tiers-lieux", `Quelques événements labellisés en ${y}`, "Méthode", ...reviewMethodNotes(y, exportsDate).map((note) => note.term)
  ].map(flat);
}


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
  const others = new Map<string, string>();
  let envelopes: { year: number; envelope: number }[] = [];

  beforeAll(async () => {
    const missing = popplerMissing();
    if (missing.length) throw new Error(`${missing.join(", ")} not found: install poppler-utils (sudo apt-get install poppler-utils).`);
    const dir = await mkdtemp(join(tmpdir(), "inspir-review-"));
    pdf = join(dir, `bilan-${YEAR}.pdf`);
    [run, page] = await Promise.all([
      runCli("review", ["--year", String(YEAR), "--out", pdf]),
      siteData({ dataDir: SAMPLE_DATA_DIR }).then((data) => data["bilan.json"] as ReviewPage)
    ]);
    // The first run built the site; these reuse it.
    for (const [year, departement] of OTHERS) {
      const out = join(dir, `bilan-${year}${departement ? `-${departement}` : ""}.pdf`);
      const other = await runCli("review", ["--year", String(year), ...(departement ? ["--departement", departement] : []), "--out", out]);
      if (other.code !== 0) throw new Error(other.stderr);
      others.set(`${year}${departement ?? ""}`, out);
    }
    envelopes = await withLoadedDatabase({ dataDir: SAMPLE_DATA_DIR }, (connection) =>
      queryRows<{ year: number; envelope: number }>(
        connection,
        "SELECT y.year::INTEGER AS year, sum(e.montant) AS envelope FROM range(2016, 2020) y(year) JOIN enveloppes e ON e.inspir AND (e.date IS NULL OR year(e.date) <= y.year) GROUP BY ALL"
      )
    );
  }, 420_000);

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
    for (const file of [pdf, ...others.values()]) {
      const pages = Number(/^Pages:\s+(\d+)/m.exec(poppler("pdfinfo", [file]))?.[1]);
      for (let p = 1; p <= pages; p++) {
        const text = flat(poppler("pdftotext", ["-enc", "UTF-8", "-f", String(p), "-l", String(p), file, "-"]));
        expect(text).toContain(`Page ${p} / ${pages}`);
        expect(text).toContain("exports arrêtés au 31 décembre 2019");
        // More than the footer: the page has content (a cover a little too tall once left an empty page).
        expect(text.replace(/Bilan \d{4} — (?:[^·]+ — )?Innovation numérique · Région Hauts-de-France · exports arrêtés au [^·]*?\d{4} Page \d+ \/ \d+/, "").length, `${file}, page ${p}`).toBeGreaterThan(200);
      }
    }
  });

  it("carries its title and language in the metadata, stays tagged, and prints the year-end envelope the data gives", async () => {
    for (const [key, file] of [[String(YEAR), pdf], ...others] as [string, string][]) {
      const info = poppler("pdfinfo", [file]);
      const year = key.slice(0, 4);
      expect(info).toMatch(key.length > 4 ? new RegExp(`^Title:\\s+Bilan ${year} — Aisne — Innovation numérique$`, "m") : new RegExp(`^Title:\\s+Bilan ${year} — Innovation numérique$`, "m"));
      expect(info).toMatch(/^Tagged:\s+yes/m);
      expect((await readFile(file)).toString("latin1")).toContain("/Lang (fr)");
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(pages).toBeLessThanOrEqual(10);
    }
    expect(envelopes.map((e) => e.year).sort()).toEqual([2016, 2017, 2018, 2019]);
    // Every year's review, the region's and the Aisne's, reads the envelope as it stood on 31 December of that year.
    for (const { year, envelope } of envelopes) {
      for (const departement of [null, DEPARTEMENT]) {
        const file = year === YEAR && departement === null ? pdf : others.get(`${year}${departement ?? ""}`)!;
        const reviews = departement === null ? page.reviews : page.departements.find((d) => d.code === departement)!.reviews;
        expect(reviews.find((r) => r.year === year)!.budget.envelope).toBe(envelope);
        expect(flat(poppler("pdftotext", ["-enc", "UTF-8", file, "-"])), `${year} ${departement ?? "région"}`).toContain(flat(`Enveloppe de ${formatEuros(envelope)} fin ${year}`));
      }
    }
    // The sample's top-up is dated July 2018: the 2017 review reads the 600 000 € of the 2016 deliberation.
    expect(envelopes.find((e) => e.year === 2017)?.envelope).toBe(600_000);
    expect(envelopes.find((e) => e.year === 2018)?.envelope).toBe(700_000);
    expect(flat(poppler("pdftotext", ["-enc", "UTF-8", pdf, "-"]))).toContain(flat("Enveloppe de 600 000 € fin 2017"));
  });

  it("prints the département's own figures in its review every year, and what the whole Région had left", () => {
    const aisne = page.departements.find((d) => d.code === DEPARTEMENT)!;
    for (const review of aisne.reviews) {
      const text = flat(poppler("pdftotext", ["-enc", "UTF-8", others.get(`${review.year}${DEPARTEMENT}`)!, "-"]));
      for (const sentence of eventsSentences(review.year, review.events, aisne.epciTotal)) expect(text).toContain(flat(sentence));
      for (const sentence of budgetSentences(review.year, review.budget, review.schemes, true)) expect(text).toContain(flat(sentence));
      expect(text).toContain(flat(`${formatInteger(review.events.epci)} sur ${formatInteger(aisne.epciTotal)}`));
      // What is left is the Région's: the same figure as in the region's review of that year.
      const region = page.reviews.find((r) => r.year === review.year)!;
      expect(review.budget.left).toBe(region.budget.left);
      expect(text).toContain(flat(`${formatEuros(region.budget.left)} restant à engager au 31 décembre pour toute la Région`));
    }
  });

  it("holds every region review's sentences and envelope, as the dataset gives them", () => {
    for (const [index, review] of page.reviews.entries()) {
      const text = flat(poppler("pdftotext", ["-enc", "UTF-8", review.year === YEAR ? pdf : others.get(String(review.year))!, "-"]));
      for (const sentence of [...budgetSentences(review.year, review.budget, review.schemes), ...comparisonSentences(review, page.reviews[index - 1] ?? null)]) {
        expect(text, String(review.year)).toContain(flat(sentence));
      }
    }
  });

  it("says why the programme's first year is short instead of printing a page of zeros", () => {
    const text = flat(poppler("pdftotext", ["-enc", "UTF-8", others.get("2016")!, "-"]));
    expect(text).toContain(flat("2016 est l’année de lancement du programme : la première décision INS’pir date du"));
    expect(text).toContain("Ce bilan est donc court");
  });

  it("never ends a page with a heading", () => {
    for (const [key, file] of [[String(YEAR), pdf], ...others] as [string, string][]) {
      const year = Number(key.slice(0, 4));
      const reviews = key.length > 4 ? page.departements.find((d) => d.code === key.slice(4))!.reviews : page.reviews;
      const index = reviews.findIndex((r) => r.year === year);
      const headings = new Set(headingsOf(page.years[0]!, reviews[index]!, reviews[index - 1] ?? null, page.exportsDate));
      const lines = pageLines(file);
      lines.slice(0, -1).forEach((text, p) => expect(headings.has(text.at(-1) ?? ""), `${key}, page ${p + 1} ends with « ${text.at(-1)} »`).toBe(false));
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
