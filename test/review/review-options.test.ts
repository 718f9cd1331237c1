import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../loaders/cli/usage-error.js";
import { SAMPLE_DATA_DIR } from "../../loaders/config/data-dir.js";
import { pdfPageCount } from "../../loaders/review/print-pdf.js";
import { frenchDay, reviewFooterTemplate } from "../../loaders/review/pdf-footer.js";
import { DEFAULT_OUT_DIR, checkReviewYear, reviewOptions } from "../../loaders/review/review-options.js";
import { BUILD_CACHE, REPO_ROOT } from "../../loaders/review/site-build.js";
import { normalizeSpaces as n } from "../site/normalize-spaces.js";

describe("reviewOptions", () => {
  it("takes the year, the exports folder and the PDF, relative to where npm was run", () => {
    expect(reviewOptions(["--year", "2017", "--data", "exports", "--out", "out/b.pdf"], { INIT_CWD: "/srv/elu" }, "/repo")).toEqual({
      year: 2017,
      departement: null,
      dataDir: "/srv/elu/exports",
      out: "/srv/elu/out/b.pdf"
    });
  });

  it("defaults to INSPIR_DATA, else the sample, and to bilans/bilan-<year>[-<département>].pdf in the checkout, which git ignores", () => {
    expect(reviewOptions(["--year", "2018"], {}, "/elsewhere")).toEqual({ year: 2018, departement: null, dataDir: SAMPLE_DATA_DIR, out: join(DEFAULT_OUT_DIR, "bilan-2018.pdf") });
    expect(reviewOptions(["--year", "2018", "--departement", "02"], {}, "/repo").out).toBe(join(DEFAULT_OUT_DIR, "bilan-2018-02.pdf"));
    expect(DEFAULT_OUT_DIR).toBe(join(REPO_ROOT, "bilans"));
    expect(execFileSync("git", ["check-ignore", "-q", join(DEFAULT_OUT_DIR, "bilan-2018.pdf")], { cwd: REPO_ROOT }).length).toBe(0);
    expect(reviewOptions(["--year", "2018"], { INSPIR_DATA: "/data/x" }, "/repo").dataDir).toBe("/data/x");
  });

  it("refuses a missing or malformed year, an unknown option and a file that is not a PDF, with the usage", () => {
    for (const [argv, message] of [
      [[], /^Option --year manquante\.\n/],
      [["--year", "17"], /^--year "17" : une année sur quatre chiffres/],
      [["--year", "2017", "--out", "b.png"], /^--out "b\.png" : le fichier doit se terminer par \.pdf/],
      [["--year", "2017", "--departement", "75"], /un des départements de la région : 02, 59, 60, 62, 80/],
      [["--year", "2017", "--annee", "2017"], /^Option inconnue : --annee\./]
    ] as const) {
      expect(() => reviewOptions(argv, {}, "/repo")).toThrow(UsageError);
      expect(() => reviewOptions(argv, {}, "/repo")).toThrow(message);
      expect(() => reviewOptions(argv, {}, "/repo")).toThrow(/Usage : npm run review -- --year <année>/);
    }
  });
});

describe("the review's site-build cache", () => {
  it("lives in this checkout, ignored by git, never in a temporary folder another clone shares", () => {
    expect(BUILD_CACHE.startsWith(REPO_ROOT)).toBe(true);
    expect(execFileSync("git", ["check-ignore", "-q", join(BUILD_CACHE, "x")], { cwd: REPO_ROOT }).length).toBe(0);
  });
});

describe("checkReviewYear", () => {
  it("accepts a year of the exports and refuses another in one line listing those there are", () => {
    expect(() => checkReviewYear(2017, [2016, 2017], "/d")).not.toThrow();
    expect(() => checkReviewYear(2015, [2016, 2017], "/d")).toThrow("--year 2015 : pas de bilan pour cette année dans les exports de /d ; années disponibles : 2016, 2017.");
    expect(() => checkReviewYear(2015, [], "/d")).toThrow(/aucune année de décision INS’pir/);
  });
});

describe("the PDF's footer", () => {
  it("names the review and the exports' date, with Chromium's page number fields", () => {
    const footer = n(reviewFooterTemplate("Bilan 2017 — Innovation numérique", "2019-12-01"));
    expect(footer).toContain("Bilan 2017 — Innovation numérique · Région Hauts-de-France · exports arrêtés au 1er décembre 2019");
    expect(footer).toContain('Page <span class="pageNumber"></span> / <span class="totalPages"></span>');
    expect(reviewFooterTemplate("Bilan 2017", null)).toContain("date des exports inconnue");
    expect(frenchDay("2019-12-31")).toBe("31 décembre 2019");
  });

  it("counts a PDF's pages from its page objects, not its page tree", () => {
    const pdf = new TextEncoder().encode("<< /Type /Pages /Count 2 >> << /Type /Page /Parent 1 0 R >> << /Type/Page >>");
    expect(pdfPageCount(pdf)).toBe(2);
  });
});
