import { describe, expect, it } from "vitest";
import { UsageError } from "../../loaders/cli/usage-error.js";
import { SAMPLE_DATA_DIR } from "../../loaders/config/data-dir.js";
import { pdfPageCount } from "../../loaders/review/print-pdf.js";
import { frenchDay, reviewFooterTemplate } from "../../loaders/review/pdf-footer.js";
import { checkReviewYear, reviewOptions } from "../../loaders/review/review-options.js";
import { normalizeSpaces as n } from "../site/normalize-spaces.js";

describe("reviewOptions", () => {
  it("takes the year, the exports folder and the PDF, relative to where npm was run", () => {
    expect(reviewOptions(["--year", "2017", "--data", "exports", "--out", "out/b.pdf"], { INIT_CWD: "/srv/elu" }, "/repo")).toEqual({
      year: 2017,
      dataDir: "/srv/elu/exports",
      out: "/srv/elu/out/b.pdf"
    });
  });

  it("defaults to INSPIR_DATA, else the sample, and to bilan-<year>.pdf", () => {
    expect(reviewOptions(["--year", "2018"], {}, "/repo")).toEqual({ year: 2018, dataDir: SAMPLE_DATA_DIR, out: "/repo/bilan-2018.pdf" });
    expect(reviewOptions(["--year", "2018"], { INSPIR_DATA: "/data/x" }, "/repo").dataDir).toBe("/data/x");
  });

  it("refuses a missing or malformed year, an unknown option and a file that is not a PDF, with the usage", () => {
    for (const [argv, message] of [
      [[], /^Option --year manquante\.\n/],
      [["--year", "17"], /^--year "17" : une année sur quatre chiffres/],
      [["--year", "2017", "--out", "b.png"], /^--out "b\.png" : le fichier doit se terminer par \.pdf/],
      [["--year", "2017", "--annee", "2017"], /^Option inconnue : --annee\./]
    ] as const) {
      expect(() => reviewOptions(argv, {}, "/repo")).toThrow(UsageError);
      expect(() => reviewOptions(argv, {}, "/repo")).toThrow(message);
      expect(() => reviewOptions(argv, {}, "/repo")).toThrow(/Usage : npm run review -- --year <année>/);
    }
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
    const footer = n(reviewFooterTemplate(2017, "2019-12-01"));
    expect(footer).toContain("Bilan 2017 — Innovation numérique · Région Hauts-de-France · exports arrêtés au 1er décembre 2019");
    expect(footer).toContain('Page <span class="pageNumber"></span> / <span class="totalPages"></span>');
    expect(reviewFooterTemplate(2017, null)).toContain("date des exports inconnue");
    expect(frenchDay("2019-12-31")).toBe("31 décembre 2019");
  });

  it("counts a PDF's pages from its page objects, not its page tree", () => {
    const pdf = new TextEncoder().encode("<< /Type /Pages /Count 2 >> << /Type /Page /Parent 1 0 R >> << /Type/Page >>");
    expect(pdfPageCount(pdf)).toBe(2);
  });
});
