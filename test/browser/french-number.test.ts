import { describe, expect, it } from "vitest";
import { parseFrenchNumber, showsValue } from "./french-number.js";

describe("parseFrenchNumber", () => {
  it("reads euros, percentages and counts written the French way", () => {
    expect(parseFrenchNumber("440\u202f715\u00a0€")).toBe(440715);
    expect(parseFrenchNumber("63,0\u00a0%")).toBe(63);
    expect(parseFrenchNumber("1 234")).toBe(1234);
    expect(parseFrenchNumber("-30\u00a0€")).toBe(-30);
    expect(parseFrenchNumber("–")).toBeNaN();
  });
});

describe("showsValue", () => {
  it("accepts a figure rounded as shown", () => {
    expect(showsValue("440\u202f716\u00a0€", 440715.5)).toBe(true);
    expect(showsValue("63,0\u00a0%", 0.6295928571428572)).toBe(true);
    expect(showsValue("21,5\u00a0%", 17 / 79)).toBe(true);
    expect(showsValue("79", 79)).toBe(true);
  });

  it("rejects another figure", () => {
    expect(showsValue("440\u202f715\u00a0€", 440717)).toBe(false);
    expect(showsValue("63,1\u00a0%", 0.6295928571428572)).toBe(false);
    expect(showsValue("80", 79)).toBe(false);
    expect(showsValue("–", 0)).toBe(false);
  });
});
