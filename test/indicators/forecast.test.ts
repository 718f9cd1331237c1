import { describe, expect, it } from "vitest";
import { addMonths, forecast } from "../../loaders/indicators/forecast.js";

describe("forecast", () => {
  it("finds the first month whose end reaches the envelope at the pace of the last twelve months", () => {
    // 1 200 € voted in the window: 100 € a month; 1 000 € left → 10 months after December 2019.
    expect(forecast(1_200, 200, 1_200, "2019-12-31")).toEqual({ monthlyPace: 100, exhaustion: "2020-10" });
    // 1 001 € left: the tenth month ends 1 € short, so the eleventh.
    expect(forecast(1_201, 200, 1_200, "2019-12-31")).toEqual({ monthlyPace: 100, exhaustion: "2020-11" });
  });

  it("is the export date's month when nothing is left, and null at a pace of 0", () => {
    expect(forecast(1_000, 1_014, 0, "2019-12-31")).toEqual({ monthlyPace: 0, exhaustion: "2019-12" });
    expect(forecast(1_000, 10, 0, "2019-12-31")).toEqual({ monthlyPace: 0, exhaustion: null });
  });

  it("rounds the pace to the cent but counts the months on the exact pace", () => {
    // 100 € a year: 8,333… € a month, shown 8,33 €; 25 € left → 3 months (3 × 8,333… ≥ 25), not 4.
    expect(forecast(125, 100, 100, "2019-06-15")).toEqual({ monthlyPace: 8.33, exhaustion: "2019-09" });
  });

  it("adds months across years", () => {
    expect(addMonths("2019-12", 1)).toBe("2020-01");
    expect(addMonths("2019-12", 2764)).toBe("2250-04");
    expect(addMonths("2020-01", 0)).toBe("2020-01");
  });
});
