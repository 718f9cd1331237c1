import { describe, expect, it } from "vitest";
import { normalizeInseeCode } from "../../loaders/parse/insee-code.js";

describe("normalizeInseeCode", () => {
  it("restores the leading zero Excel drops", () => {
    expect(normalizeInseeCode("2691")).toBe("02691");
    expect(normalizeInseeCode(2691)).toBe("02691");
  });
  it("keeps five-character codes", () => {
    expect(normalizeInseeCode(" 59350 ")).toBe("59350");
    expect(normalizeInseeCode("2a004")).toBe("2A004");
  });
  it("reads empty as null and refuses malformed codes", () => {
    expect(normalizeInseeCode(null)).toBeNull();
    expect(normalizeInseeCode("593")).toBeUndefined();
    expect(normalizeInseeCode("Lille")).toBeUndefined();
    expect(normalizeInseeCode(59350.5)).toBeUndefined();
  });
});
