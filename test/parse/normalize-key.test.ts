import { describe, expect, it } from "vitest";
import { enumMatcher } from "../../loaders/parse/enum-matcher.js";
import { normalizeKey } from "../../loaders/parse/normalize-key.js";

describe("normalizeKey", () => {
  it("makes header spellings equal", () => {
    expect(normalizeKey("N° dossier")).toBe("n dossier");
    expect(normalizeKey("n° Dossier")).toBe("n dossier");
    expect(normalizeKey(" N°  DOSSIER ")).toBe("n dossier");
    expect(normalizeKey("Date de l’action")).toBe(normalizeKey("Date de l'action"));
    expect(normalizeKey("Cœur")).toBe("coeur");
  });

  it("matches enumerated values with typographic apostrophes and dashes", () => {
    const match = enumMatcher(["INS'pir - Événement créatif", "Soldé"] as const);
    expect(match("INS’pir – Événement créatif")).toBe("INS'pir - Événement créatif");
    expect(match("INS'pir - Evenement creatif")).toBe("INS'pir - Événement créatif");
    expect(match("SOLDE")).toBe("Soldé");
    expect(match("Soldée")).toBeUndefined();
  });
});
