import { describe, expect, it } from "vitest";
import { MISSING, formatCount, formatDate, formatEuros, formatInteger, formatMonth, formatPercent, formatSignedEuros, nounFor } from "../../src/components/format.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

describe("formatEuros", () => {
  it("rounds to the euro with grouped thousands and a trailing €", () => {
    expect(n(formatEuros(12500))).toBe("12 500 €");
    expect(n(formatEuros(298675.5))).toBe("298 676 €");
    expect(n(formatEuros(0))).toBe("0 €");
  });

  it("keeps the cents when asked", () => {
    expect(n(formatEuros(12500.5, { cents: true }))).toBe("12 500,50 €");
    expect(n(formatEuros(86210.5, { cents: true }))).toBe("86 210,50 €");
  });

  it("uses French no-break spaces, not plain ones", () => {
    expect(formatEuros(12500)).toBe("12\u202f500\u00a0€");
  });

  it("shows negative amounts, but never -0", () => {
    expect(n(formatEuros(-1500))).toBe("-1 500 €");
    expect(n(formatEuros(-0.3))).toBe("0 €");
  });

  it("shows a dash for a missing amount", () => {
    expect(formatEuros(Number.NaN)).toBe(MISSING);
    expect(formatEuros(Number.POSITIVE_INFINITY)).toBe(MISSING);
  });
});

describe("formatPercent", () => {
  it("shows a fraction as a percentage with one decimal and a comma", () => {
    expect(n(formatPercent(0.453))).toBe("45,3 %");
    expect(n(formatPercent(0.49779))).toBe("49,8 %");
    expect(n(formatPercent(0))).toBe("0,0 %");
    expect(n(formatPercent(1))).toBe("100,0 %");
  });

  it("takes the number of decimals", () => {
    expect(n(formatPercent(0.25, 0))).toBe("25 %");
    expect(n(formatPercent(1.2, 0))).toBe("120 %");
    expect(n(formatPercent(0.12345, 2))).toBe("12,35 %");
  });

  it("shows a dash for a missing share", () => {
    expect(formatPercent(Number.NaN)).toBe(MISSING);
  });
});

describe("formatInteger and formatCount", () => {
  it("groups thousands", () => {
    expect(n(formatInteger(1234567))).toBe("1 234 567");
    expect(n(formatInteger(92))).toBe("92");
  });

  it("agrees the noun as French does (0 and 1 singular)", () => {
    expect(nounFor(0, "idée", "idées")).toBe("idée");
    expect(nounFor(1, "idée", "idées")).toBe("idée");
    expect(nounFor(2, "idée", "idées")).toBe("idées");
    expect(n(formatCount(1, "événement", "événements"))).toBe("1 événement");
    expect(n(formatCount(1167, "ligne lue", "lignes lues"))).toBe("1 167 lignes lues");
  });
});

describe("formatDate", () => {
  it("writes a calendar day in words", () => {
    expect(formatDate("2016-09-23")).toBe("23 septembre 2016");
    expect(formatDate("2018-12-31")).toBe("31 décembre 2018");
  });

  it("writes the first of the month as an ordinal", () => {
    expect(formatDate("2017-01-01")).toBe("1er janvier 2017");
    expect(formatDate("2017-01-11")).toBe("11 janvier 2017");
  });

  it("shows an instant as the day it is in Paris, whatever the machine's time zone", () => {
    expect(formatDate(new Date("2016-09-22T22:30:00Z"))).toBe("23 septembre 2016");
    expect(formatDate("2016-09-23T23:30:00+02:00")).toBe("23 septembre 2016");
  });

  it("shows a dash for an invalid date", () => {
    expect(formatDate("n'importe quoi")).toBe(MISSING);
    expect(formatDate("2016-13-45")).toBe(MISSING);
  });
});

describe("formatSignedEuros and formatMonth", () => {
  it("signs a change, but not zero", () => {
    expect(n(formatSignedEuros(12_500))).toBe("+12 500 €");
    expect(n(formatSignedEuros(-3_950.4))).toBe("-3 950 €");
    expect(n(formatSignedEuros(0))).toBe("0 €");
    expect(formatSignedEuros(Number.NaN)).toBe(MISSING);
  });

  it("writes a month in words", () => {
    expect(formatMonth("2021-11")).toBe("novembre 2021");
    expect(formatMonth("2021-13")).toBe(MISSING);
  });
});
