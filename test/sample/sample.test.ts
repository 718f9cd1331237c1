import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SampleSummary, MONTHLY_EXPORT_DAYS, SAMPLE_FILES, exportFolderName, generateSample, luhnValid, manifestTable } from "../../loaders/sample/index.js";
import { type Finding, checkContract, communeOf, parseAmount } from "./contract-check.js";
import { readCsv } from "./read-sample.js";

const ROOT = join(import.meta.dirname, "..", "..");
const COMMITTED = join(ROOT, "data", "sample");
const SEED = "20160923";
const temp = mkdtempSync(join(tmpdir(), "sample-test-"));
const folder = (name: string): string => join(temp, name);
const summaries: Record<string, SampleSummary> = {};

beforeAll(async () => {
  for (const [name, scale] of [["a1", 1], ["b1", 1], ["a3", 3], ["b3", 3]] as const) {
    summaries[name] = await generateSample({ out: folder(name), scale, seed: SEED, monthly: scale === 1 });
  }
}, 60_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

const bytes = (dir: string, file: string): Buffer => readFileSync(join(dir, file));
const MONTHS = MONTHLY_EXPORT_DAYS.map(exportFolderName);
/** The current (last) export of a monthly sample. */
const current = (name: string): string => join(folder(name), MONTHS.at(-1)!);
const summary = (name: string): SampleSummary => {
  const s = summaries[name];
  if (!s) throw new Error(`no summary ${name}`);
  return s;
};

describe("sample generator", () => {
  it("writes three monthly exports at scale 1, each of exactly the five files, and one export at larger scales", () => {
    expect(readdirSync(folder("a1")).sort()).toEqual(["2019-10-31", "2019-11-30", "2019-12-31"]);
    for (const month of MONTHS) expect(readdirSync(join(folder("a1"), month)).sort()).toEqual([...SAMPLE_FILES].sort());
    expect(readdirSync(folder("a3")).sort()).toEqual([...SAMPLE_FILES].sort());
  });

  it("is deterministic: same seed and scale, same bytes", () => {
    for (const file of SAMPLE_FILES) {
      for (const month of MONTHS) expect(bytes(join(folder("a1"), month), file).equals(bytes(join(folder("b1"), month), file)), `${month}/${file}`).toBe(true);
      expect(bytes(folder("a3"), file).equals(bytes(folder("b3"), file)), file).toBe(true);
    }
  });

  it("matches the committed data/sample byte for byte", () => {
    expect(readdirSync(COMMITTED).filter((n) => !n.endsWith(".md")).sort()).toEqual(MONTHS);
    for (const month of MONTHS) {
      for (const file of SAMPLE_FILES) expect(bytes(join(COMMITTED, month), file).equals(bytes(join(folder("a1"), month), file)), `${month}/${file}: run npm run sample`).toBe(true);
    }
  });

  it("writes the platform CSVs in Windows-1252 with ; and CRLF, and enveloppes.csv in UTF-8 with BOM", () => {
    for (const file of ["dossiers.csv", "paiements.csv", "marqueurs.csv"]) {
      const raw = bytes(current("a1"), file);
      const text = iconv.decode(raw, "win1252");
      expect(iconv.encode(text, "win1252").equals(raw), `${file} round-trips`).toBe(true);
      expect(text.includes("?"), `${file} has no unencodable character`).toBe(false);
      expect(raw.includes(Buffer.from("é", "utf8")), `${file} is not UTF-8`).toBe(false);
      expect(text.split("\r\n").at(-1)).toBe("");
      expect(text.replace(/\r\n/g, "").includes("\n")).toBe(false);
      expect(text.split("\r\n")[0]?.split(";").length).toBeGreaterThan(5);
    }
    const dossiers = bytes(current("a1"), "dossiers.csv");
    for (const char of ["€", "’", "œ", "–", "\u00a0"]) expect(dossiers.includes(iconv.encode(char, "win1252")), char).toBe(true);
    const envelopes = bytes(current("a1"), "enveloppes.csv");
    expect([...envelopes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(envelopes.toString("utf8")).toContain("\u202f");
  });

  it("writes a reproducible XLSX with typed cells", async () => {
    const zip = await JSZip.loadAsync(bytes(current("a1"), "suivi.xlsx"));
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(sheet).toMatch(/<c r="A2"( s="\d+")?><v>\d+<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="G\d+" s="1"><v>4\d{4}<\/v><\/c>/);
    expect(await zip.file("docProps/core.xml")?.async("string")).toContain("2020-01-01T00:00:00Z");
  });

  it("scales row counts and planted faults with N", () => {
    const one = summary("a1");
    const three = summary("a3");
    expect(one.rows.dossiers).toBeGreaterThan(190);
    expect(three.rows.dossiers).toBe(3 * one.rows.dossiers);
    expect(three.rows.suivi).toBe(3 * one.rows.suivi);
    expect(Math.abs(three.rows.paiements - 3 * one.rows.paiements)).toBeLessThan(0.1 * 3 * one.rows.paiements);
    expect(Math.abs(three.rows.marqueurs - 3 * one.rows.marqueurs)).toBeLessThan(0.15 * 3 * one.rows.marqueurs);
    expect(three.planted).toEqual({ rejected: 3 * one.planted.rejected, alerts: 3 * one.planted.alerts });
    expect(three.envelope).toBe(3 * one.envelope);
  });

  it("engages a realistic share of the INS'pir envelope (60–90 % of 600 000 € per block)", () => {
    for (const [name, scale] of [["a1", 1], ["a3", 3]] as const) {
      const engaged = [...summary(name).engagement.engaged.values()].reduce((a, b) => a + b, 0) / 100;
      expect(engaged / (600_000 * scale)).toBeGreaterThan(0.6);
      expect(engaged / (600_000 * scale)).toBeLessThan(0.9);
    }
  });

  it("gives every voted dossier a Luhn-valid SIRET, but the planted ones", () => {
    const planted = summary("a1").manifest.filter((m) => m.code === "invalid-siret").map((m) => m.line);
    const invalid: number[] = [];
    let voted = 0;
    for (const r of readCsv(folder("a3"), "dossiers.csv").rows) {
      if (parseAmount(r.get("Montant voté fonctionnement")) === null && parseAmount(r.get("Montant voté investissement")) === null) continue;
      if ((parseAmount(r.get("Montant voté fonctionnement")) ?? 0) + (parseAmount(r.get("Montant voté investissement")) ?? 0) === 0) continue;
      voted++;
      if (!luhnValid(r.get("SIRET").replace(/ /g, ""))) invalid.push(r.line);
    }
    expect(voted).toBeGreaterThan(300);
    expect(invalid).toHaveLength(3 * planted.length);
    expect(invalid.slice(0, planted.length)).toEqual(planted);
  });

  it("pays closed (Soldé) dossiers their whole vote, section by section, refunds aside", () => {
    const paid = new Map<string, number>();
    const mandats = new Set<string>();
    for (const r of readCsv(current("a1"), "paiements.csv").rows) {
      // A repeated N° mandat is a rejected bad row, not a second payment.
      if (r.get("Type") === "Reversement" || mandats.has(r.get("N° mandat"))) continue;
      mandats.add(r.get("N° mandat"));
      const key = `${r.get("N° Dossier")}|${r.get("Section")}`;
      paid.set(key, (paid.get(key) ?? 0) + (parseAmount(r.get("Montant")) ?? 0));
    }
    const overpaid = new Set(summary("a1").manifest.filter((m) => m.code === "overpaid").map((m) => m.identifier));
    let closed = 0;
    for (const r of readCsv(current("a1"), "dossiers.csv").rows) {
      if (r.get("Statut") !== "Soldé" || overpaid.has(r.get("N° dossier"))) continue;
      closed++;
      for (const section of ["Fonctionnement", "Investissement"]) {
        const voted = parseAmount(r.get(`Montant voté ${section.toLowerCase()}`)) ?? 0;
        expect(paid.get(`${r.get("N° dossier")}|${section}`) ?? 0, `${r.get("N° dossier")} ${section}`).toBe(voted);
      }
    }
    expect(closed).toBeGreaterThan(50);
  });

  it("places every dossier in a commune of Hauts-de-France, but the planted one", () => {
    let zeroLost = 0;
    let former = 0;
    for (const r of readCsv(folder("a3"), "dossiers.csv").rows) {
      const code = r.get("Code commune");
      if (code === "75056") continue;
      const resolution = communeOf(code);
      expect(resolution.ok, `line ${r.line}: ${code}`).toBe(true);
      if (code.length === 4) zeroLost++;
      if (resolution.ok && resolution.formerCode) former++;
    }
    expect(zeroLost).toBeGreaterThan(0);
    expect(former).toBeGreaterThan(0);
  });

  it("plants exactly the faults a reading of exports.md finds (scale 1)", async () => {
    const manifest = summary("a1").manifest;
    const findings = await checkContract(current("a1"));
    const rejected = (list: readonly { kind: string; file: string; line: number }[]): string[] =>
      list.filter((x) => x.kind === "rejected").map((x) => `${x.file}:${x.line}`).sort();
    expect(rejected(findings)).toEqual(rejected(manifest));

    const expected = new Set<string>();
    for (const m of manifest.filter((x) => x.kind === "alert" && x.file === "dossiers.csv")) {
      expected.add(`${m.identifier}:${m.code}`);
      // The paired tiers-lieu is flagged too, and a payment on a non-voted dossier is also more paid than voted.
      const partner = /and (EX\d+)/.exec(m.description)?.[1];
      if (partner) expected.add(`${partner}:${m.code}`);
      if (m.code === "payment-not-voted") expected.add(`${m.identifier}:overpaid`);
    }
    const alerts = new Set(findings.filter((f) => f.kind === "alert").map((f) => `${f.id}:${f.rule}`));
    expect([...alerts].sort()).toEqual([...expected].sort());
  });

  it("keeps the proportions of faults at scale 3 (but tiers-lieux of different blocks may share an EPCI and year)", async () => {
    const count = (findings: Finding[]): Record<string, number> => {
      const counts: Record<string, number> = {};
      for (const f of findings) if (f.rule !== "tiers-lieu-same-epci-year") counts[`${f.kind}:${f.rule}`] = (counts[`${f.kind}:${f.rule}`] ?? 0) + 1;
      return counts;
    };
    const one = count(await checkContract(current("a1")));
    const three = count(await checkContract(folder("a3")));
    expect(three).toEqual(Object.fromEntries(Object.entries(one).map(([k, v]) => [k, 3 * v])));
  });

  it("lists the planted faults in data/README.md as they are generated", () => {
    expect(readFileSync(join(ROOT, "data", "README.md"), "utf8")).toContain(manifestTable(summary("a1").manifest));
  });
});

describe("sample CLI", () => {
  const run = promisify(execFile);
  const cli = async (...args: string[]): Promise<{ code: number; stderr: string }> => {
    try {
      const { stderr } = await run(process.execPath, ["--import", "tsx", join(ROOT, "loaders", "cli", "sample.ts"), ...args], { cwd: ROOT });
      return { code: 0, stderr };
    } catch (error) {
      const e = error as { code: number; stderr: string };
      return { code: e.code, stderr: e.stderr };
    }
  };

  it("rejects bad arguments with one line on stderr and a non-zero exit", async () => {
    const cases = [["--scale", "abc", "--out", folder("x")], ["--scale", "0", "--out", folder("x")], ["--scale", "2"], ["--bogus"]];
    const results = await Promise.all(cases.map((args) => cli(...args)));
    for (const [i, { code, stderr }] of results.entries()) {
      const args = cases[i] ?? [];
      expect(code, args.join(" ")).not.toBe(0);
      expect(stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("writes a scaled sample and prints a one-line summary", async () => {
    const { code, stderr } = await cli("--scale", "2", "--out", folder("cli2"));
    expect(code).toBe(0);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/404 dossiers/);
  });
});
