import { describe, expect, it } from "vitest";
import { parseYesNo } from "../../loaders/parse/yes-no.js";

describe("parseYesNo", () => {
  it.each(["Oui", "oui", "OUI", "O", "o", " Oui ", "VRAI"])("reads %j as yes", (t) => expect(parseYesNo(t)).toBe(true));
  it.each(["Non", "non", "NON", "N", "n", "FAUX"])("reads %j as no", (t) => expect(parseYesNo(t)).toBe(false));
  it("reads empty as no", () => {
    expect(parseYesNo(null)).toBe(false);
    expect(parseYesNo("")).toBe(false);
  });
  it("keeps XLSX booleans", () => expect(parseYesNo(true)).toBe(true));
  it.each(["peut-être", "1", "x"])("refuses %j", (t) => expect(parseYesNo(t)).toBeUndefined());
});
