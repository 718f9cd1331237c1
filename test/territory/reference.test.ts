import { describe, expect, it } from "vitest";
import { territoryReference } from "../../loaders/territory/reference.js";

describe("territoryReference", () => {
  const reference = territoryReference();

  it("holds the 92 EPCI of Hauts-de-France, two of them reaching into Seine-Maritime with their whole population", () => {
    expect(reference.epci.size).toBe(92);
    const villesSoeurs = reference.epci.get("247600588");
    expect(villesSoeurs?.name).toBe("CC des Villes Soeurs");
    expect(villesSoeurs?.population).toBe(35612);
  });

  it("maps a current commune to its EPCI, département and versant", () => {
    const r = reference.resolve("59350");
    expect(r).toMatchObject({ ok: true, formerCode: false, commune: { name: "Lille", departement: "59", versant: "Nord-Pas-de-Calais", epciSiren: "200093201" } });
  });

  it("maps an old associé code to its current commune, even across départements", () => {
    // Escaufourt (02285, an Aisne code) is associated with Saint-Souplet (59545) in the Nord today.
    const r = reference.resolve("02285");
    expect(r).toMatchObject({ ok: true, formerCode: true, commune: { code: "59545", departement: "59", versant: "Nord-Pas-de-Calais" } });
  });

  it("prefers the current commune when a délégué code equals it", () => {
    expect(reference.resolve("02018")).toMatchObject({ ok: true, formerCode: false, commune: { code: "02018" } });
  });

  it("tells a commune outside the region from an unknown code", () => {
    expect(reference.resolve("75056")).toEqual({ ok: false, reason: "outside-region" });
    expect(reference.resolve("76217")).toEqual({ ok: false, reason: "outside-region" });
    expect(reference.resolve("99999")).toEqual({ ok: false, reason: "unknown" });
  });

  it("puts Aisne, Oise and Somme in Picardie", () => {
    for (const code of ["02691", "60057", "80021"]) expect(reference.resolve(code)).toMatchObject({ commune: { versant: "Picardie" } });
  });
});
