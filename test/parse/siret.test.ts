import { describe, expect, it } from "vitest";
import { isValidSiret, normalizeSiret } from "../../loaders/parse/siret.js";

describe("SIRET", () => {
  it("accepts spaces and typed numbers", () => {
    expect(normalizeSiret("732 829 320 00074")).toBe("73282932000074");
    expect(normalizeSiret(73282932000074)).toBe("73282932000074");
    expect(normalizeSiret("")).toBeNull();
    expect(normalizeSiret("1234")).toBeUndefined();
  });

  it("checks the Luhn key", () => {
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("73282932000075")).toBe(false);
  });

  it("checks La Poste's establishments (SIREN 356000000) by the sum of their digits, not Luhn", () => {
    // 3+5+6+1 = 15: a multiple of 5, although the Luhn key fails.
    expect(isValidSiret("35600000000001")).toBe(true);
    expect(isValidSiret("35600000000002")).toBe(false);
  });
});
