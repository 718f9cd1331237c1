import { describe, expect, it } from "vitest";
import { parseAmount } from "../../loaders/parse/amount.js";

describe("parseAmount", () => {
  it.each([
    ["12500", 12500],
    ["12500.5", 12500.5],
    ["12 500,50", 12500.5],
    ["12 500,50 €", 12500.5],
    ["12\u00a0500,50\u00a0€", 12500.5],
    ["12\u202f500,50 €", 12500.5],
    ["12500,5", 12500.5],
    ["1 234 567", 1234567],
    ["0", 0],
    [" 42 ", 42],
    ["-3", -3],
    ["150 000 EUR", 150000]
  ])("reads %j as %d €", (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it("reads an empty cell as 0", () => {
    expect(parseAmount(null)).toBe(0);
    expect(parseAmount("  ")).toBe(0);
  });

  it("keeps typed XLSX numbers", () => {
    expect(parseAmount(4999.99)).toBe(4999.99);
  });

  it.each(["12.500,50", "douze", "12 50", "1,2,3", "€", "12500€€"])("refuses %j", (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
});
