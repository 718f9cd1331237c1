import { describe, expect, it } from "vitest";
import {
  bareAmount,
  commissionDays,
  corruptSiret,
  createRng,
  dayOf,
  frenchAmount,
  frenchDate,
  isoDate,
  luhnValid,
  randomSiret
} from "../../loaders/sample/index.js";

describe("sample building blocks", () => {
  it("renders French amounts from cents", () => {
    expect(frenchAmount(1_250_050, { separator: " ", currency: true, cents: true })).toBe("12 500,50 €");
    expect(frenchAmount(1_250_000, { separator: "\u202f", currency: true, cents: false })).toBe("12\u202f500\u00a0€");
    expect(frenchAmount(85_000, { separator: " ", currency: false, cents: false })).toBe("850");
    expect(bareAmount(1_250_050, ",")).toBe("12500,5");
    expect(bareAmount(1_250_005, ".")).toBe("12500.05");
    expect(bareAmount(-15_000, ",")).toBe("-150");
  });

  it("formats days in UTC whatever the time zone", () => {
    const day = dayOf(2016, 9, 23);
    expect(frenchDate(day)).toBe("23/09/2016");
    expect(isoDate(day)).toBe("2016-09-23");
    expect(commissionDays().every((d) => new Date(d * 86_400_000).getUTCDay() === 4)).toBe(true);
  });

  it("draws the same sequence for the same seed, another for another seed", () => {
    const a = createRng("x");
    const b = createRng("x");
    const c = createRng("y");
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("makes Luhn-valid SIRETs and can break them", () => {
    const rng = createRng("siret");
    for (let i = 0; i < 200; i++) {
      const siret = randomSiret(rng);
      expect(siret).toMatch(/^\d{14}$/);
      expect(luhnValid(siret)).toBe(true);
      expect(luhnValid(siret.slice(0, 9))).toBe(true);
      expect(luhnValid(corruptSiret(siret))).toBe(false);
    }
    expect(luhnValid("79927398713")).toBe(true); // the textbook Luhn example
  });
});
