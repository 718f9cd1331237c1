import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { formatEuros } from "../../src/components/format.js";
import { keyFigure } from "../../src/components/key-figure.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const { document } = new JSDOM("<!DOCTYPE html>").window;

describe("keyFigure", () => {
  it("shows the formatted figure and keeps its name and raw value in data attributes", () => {
    const span = keyFigure("engaged", 440715.5, formatEuros(440715.5), { document });
    expect([span.tagName, span.className, span.dataset.figure, span.dataset.value]).toEqual(["SPAN", "figure", "engaged", "440715.5"]);
    expect(n(span.textContent)).toBe("440 716 €");
  });

  it("writes shares with every digit, so that nothing is lost to rounding", () => {
    expect(keyFigure("qpv-share-count", 17 / 79, "21,5 %", { document }).dataset.value).toBe(String(17 / 79));
  });
});
