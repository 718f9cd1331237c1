import { describe, expect, it } from "vitest";
import { MIN_CHART_WIDTH } from "../../src/components/chart-theme.js";

/** What every chart component promises: one labelled SVG image, a floor on its width, the theme's colours only. */
export function describeChartContract(charts: Record<string, (width: number) => Element>, { widths = [800, 300], description = false } = {}): void {
  describe.each(Object.entries(charts))("%s", (_name, draw) => {
    it("returns an SVG image with an aria-label and no labelled parts", () => {
      const chart = draw(widths[0] ?? 800);
      expect(chart.tagName.toLowerCase()).toBe("svg");
      expect(chart.getAttribute("role")).toBe("img");
      expect(chart.getAttribute("aria-label")?.length).toBeGreaterThan(5);
      if (description) expect(chart.getAttribute("aria-description")?.length).toBeGreaterThan(20);
      expect(chart.querySelectorAll("[aria-label]")).toHaveLength(0);
    });

    it("never draws narrower than the minimum width, nor a negative rect", () => {
      const chart = draw(0);
      expect(Number(chart.getAttribute("width"))).toBe(MIN_CHART_WIDTH);
      for (const rect of chart.querySelectorAll("rect")) expect(Number(rect.getAttribute("width") ?? 0)).toBeGreaterThanOrEqual(0);
    });

    it("uses the theme's colours only", () => {
      for (const width of widths) {
        const colours = [...draw(width).querySelectorAll("[fill], [stroke]")].flatMap((e) => [e.getAttribute("fill"), e.getAttribute("stroke")]).filter((c) => c && c !== "none");
        for (const colour of colours) expect(colour).toMatch(/^(var\(--theme-[\w-]+\)|currentColor)$/);
      }
    });
  });
}
