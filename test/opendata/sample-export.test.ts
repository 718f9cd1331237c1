// Every row the embedded sample gives is read back from the CSV bytes and checked against the SCDL subventions
// 2.1.1 rules (loaders/opendata/scdl-subventions-schema.ts, written from the schema's schema.json).
import { beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_DATA_DIR } from "../../loaders/config/data-dir.js";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";
import { loadDataFolder } from "../../loaders/load/load-data-folder.js";
import { DEFAULT_ATTRIBUANT_CONFIG } from "../../loaders/opendata/attribuant-config.js";
import { type OpenDataExport, openDataArchive, openDataExport } from "../../loaders/opendata/opendata-export.js";
import { isAwardedGrant, votedCents } from "../../loaders/opendata/published-grants.js";
import { scdlSubventionRowSchema } from "../../loaders/opendata/scdl-subventions-schema.js";
import JSZip from "jszip";

/** RFC 4180 records of a CSV text (`,`, quotes doubled inside quoted fields). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field), records.push(record), (record = []), (field = ""), i++;
    } else field += c;
  }
  if (field !== "" || record.length > 0) record.push(field), records.push(record);
  return records;
}

let result: OpenDataExport;
let awarded: number;
let awardedCents: number;

beforeAll(async () => {
  result = await openDataExport({ dataDir: SAMPLE_DATA_DIR, configPath: DEFAULT_ATTRIBUANT_CONFIG });
  const dossiers = await withConnection(":memory:", async (connection) => {
    await loadDataFolder(connection, SAMPLE_DATA_DIR);
    return queryRows<Parameters<typeof isAwardedGrant>[0]>(connection, `SELECT statut, vote_fonctionnement AS "voteFonctionnement", vote_investissement AS "voteInvestissement" FROM dossiers`);
  });
  const grants = dossiers.filter(isAwardedGrant);
  awarded = grants.length;
  awardedCents = grants.reduce((sum, d) => sum + votedCents(d), 0);
});

describe("the SCDL export of data/sample", () => {
  it("is UTF-8 without BOM, with CRLF line ends only and the schema's header", () => {
    const bytes = Buffer.from(result.csv, "utf8");
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(result.csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    expect(result.csv.split("\r\n")[0]).toBe(
      "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide"
    );
  });

  it("holds one row per awarded grant of the sample (Voté, Soldé, Caduc with money), each valid against the schema", () => {
    const [header, ...records] = parseCsv(result.csv);
    expect(records.length).toBe(awarded);
    expect(records.length).toBeGreaterThan(100);
    const invalid = records
      .map((cells, i) => ({ line: i + 2, parsed: scdlSubventionRowSchema.safeParse(Object.fromEntries(header!.map((h, j) => [h, cells[j]]))), cells }))
      .filter((r) => !r.parsed.success || r.cells.length !== header!.length)
      .map((r) => `line ${r.line}: ${r.parsed.success ? "wrong cell count" : r.parsed.error.issues.map((i) => i.message).join("; ")}`);
    expect(invalid).toEqual([]);
  });

  it("publishes the Région as attributing body and the voted amounts to the cent", () => {
    const records = parseCsv(result.csv).slice(1);
    expect(new Set(records.map((r) => `${r[0]} ${r[1]}`))).toEqual(new Set(["Région Hauts-de-France 20005374200017"]));
    expect(records.reduce((sum, r) => sum + Math.round(Number(r[8]) * 100), 0)).toBe(awardedCents);
    expect(result.summary.montant).toBe(awardedCents / 100);
  });

  it("reads objet under 256 characters and derives the payment terms of every row", () => {
    const records = parseCsv(result.csv).slice(1);
    expect(Math.max(...records.map((r) => [...r[7]!].length))).toBeLessThan(256);
    expect(new Set(records.map((r) => r[10]))).toEqual(new Set(["unique", "échelonné"]));
    for (const r of records) expect(r[11]!.includes("/"), r.join(",")).toBe(r[10] === "échelonné");
  });

  it("publishes no personal contact (no e-mail address, no phone number)", () => {
    expect(result.csv).not.toMatch(/@/);
    expect(result.csv).not.toMatch(/(?<![\d])0[1-9](?:[\s.]?\d{2}){4}(?!\d)/);
  });

  it("sums the summary by dispositif and status to the whole file", () => {
    const { summary } = result;
    expect(summary.rows).toBe(awarded);
    expect(summary.byDispositif.reduce((s, d) => s + d.rows, 0)).toBe(awarded);
    expect(summary.byStatut.map((s) => s.statut)).toEqual(["Voté", "Soldé", "Caduc"]);
    expect(summary.byDispositif.map((d) => d.dispositif)).not.toContain("AMI Innovation sociale");
    expect(summary.unpublished).toEqual([]);
  });

  it("is archived for the site with its summary, byte for byte the same from one build to the next", async () => {
    const options = { dataDir: SAMPLE_DATA_DIR, configPath: DEFAULT_ATTRIBUANT_CONFIG };
    const [a, b] = [await openDataArchive(options), await openDataArchive(options)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const zip = await JSZip.loadAsync(a);
    expect(Object.keys(zip.files).sort()).toEqual(["subventions.csv", "subventions.json"]);
    expect(await zip.file("subventions.csv")!.async("string")).toBe(result.csv);
  });
});
