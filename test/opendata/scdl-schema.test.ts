// The export's rules, read from schema.json of SCDL « subventions » 2.1.1
// (https://gitlab.com/opendatafrance/scdl/subventions, tag v2.1.1), checked on hand-made rows.
import { describe, expect, it } from "vitest";
import { SCDL_SUBVENTIONS_FIELDS, type ScdlSubventionRow, charLength, isIsoDay, scdlSubventionRowSchema } from "../../loaders/opendata/scdl-subventions-schema.js";

/** The field names of schema.json 2.1.1, in its order (copied from the schema, not from the code under test). */
const SCHEMA_FIELDS = "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide";

const valid: ScdlSubventionRow = {
  nomAttribuant: "Région Hauts-de-France",
  idAttribuant: "20005374200017",
  dateConvention: "2016-09-23",
  referenceDecision: "Commission permanente du 23/09/2016",
  nomBeneficiaire: "Association test",
  idBeneficiaire: "73282932000074",
  rnaBeneficiaire: "",
  objet: "Hackathon santé",
  montant: "5000.00",
  nature: "aide en numéraire",
  conditionsVersement: "échelonné",
  datesPeriodeVersement: "2016-10-01/2017-03-31",
  idRAE: "",
  notificationUE: "non",
  pourcentageSubvention: "1.00",
  dispositifAide: "INS'pir - Événement créatif"
};

const fails = (patch: Partial<ScdlSubventionRow>) => !scdlSubventionRowSchema.safeParse({ ...valid, ...patch }).success;

describe("the SCDL subventions 2.1.1 row schema", () => {
  it("lists the schema's sixteen fields in its order", () => {
    expect(SCDL_SUBVENTIONS_FIELDS.join(",")).toBe(SCHEMA_FIELDS);
  });

  it("accepts a valid row, a single payment day, an RNA number instead of a SIRET, and idRAE of 5 characters", () => {
    expect(scdlSubventionRowSchema.safeParse(valid).success).toBe(true);
    expect(fails({ datesPeriodeVersement: "2016-10-01" })).toBe(false);
    expect(fails({ idBeneficiaire: "", rnaBeneficiaire: "W380475558" })).toBe(false);
    expect(fails({ idRAE: "12345", pourcentageSubvention: "0.01", montant: "47800.2" })).toBe(false);
  });

  it("refuses empty required fields", () => {
    for (const field of ["nomAttribuant", "idAttribuant", "dateConvention", "nomBeneficiaire", "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement", "notificationUE", "pourcentageSubvention"] as const) {
      expect(fails({ [field]: "" }), field).toBe(true);
    }
  });

  it("refuses a SIRET that is not 14 digits or fails its key (french-siret-value), and neither SIRET nor RNA (one-of-required)", () => {
    expect(fails({ idAttribuant: "2000537420001" })).toBe(true);
    expect(fails({ idAttribuant: "20005374200018" })).toBe(true);
    expect(fails({ idBeneficiaire: "73282932000075" })).toBe(true);
    expect(fails({ idBeneficiaire: "", rnaBeneficiaire: "" })).toBe(true);
    expect(fails({ rnaBeneficiaire: "W38047555" })).toBe(true);
  });

  it("refuses dates that are not ISO days, periods in another format or ending before they start", () => {
    expect(fails({ dateConvention: "23/09/2016" })).toBe(true);
    expect(fails({ dateConvention: "2016-02-30" })).toBe(true);
    expect(fails({ datesPeriodeVersement: "2016-10-01 - 2017-03-31" })).toBe(true);
    expect(fails({ datesPeriodeVersement: "2017-03-31/2016-10-01" })).toBe(true);
    expect(fails({ datesPeriodeVersement: "2016-13-01" })).toBe(true);
  });

  it("refuses values off the enums, comma decimals and out-of-range shares", () => {
    expect(fails({ nature: "numéraire" })).toBe(true);
    expect(fails({ conditionsVersement: "Unique" })).toBe(true);
    expect(fails({ notificationUE: "Non" })).toBe(true);
    expect(fails({ montant: "5000,00" })).toBe(true);
    expect(fails({ montant: "5 000" })).toBe(true);
    expect(fails({ pourcentageSubvention: "0" })).toBe(true);
    expect(fails({ pourcentageSubvention: "1.5" })).toBe(true);
  });

  it("counts lengths in characters: objet up to 256, idRAE up to 5", () => {
    expect(fails({ objet: "é".repeat(256) })).toBe(false);
    expect(fails({ objet: "é".repeat(257) })).toBe(true);
    expect(fails({ idRAE: "123456" })).toBe(true);
    expect(charLength("🙂a")).toBe(2);
  });

  it("refuses unknown columns", () => {
    expect(scdlSubventionRowSchema.safeParse({ ...valid, extra: "x" }).success).toBe(false);
  });
});

describe("isIsoDay", () => {
  it("accepts real days only", () => {
    expect(isIsoDay("2016-02-29")).toBe(true);
    expect(isIsoDay("2017-02-29")).toBe(false);
    expect(isIsoDay("2016-9-23")).toBe(false);
  });
});
