import { territoryReference } from "../../loaders/territory/index.js";
import { normalizeKey, readCsv, readXlsx } from "./read-sample.js";

/** A fault found by reading the sample the way exports.md describes (independent of the generator's own bookkeeping). */
export interface Finding {
  file: string;
  line: number;
  /** The dossier concerned (alerts), or the row's identifier. */
  id: string;
  kind: "rejected" | "alert";
  rule: string;
}

const SCHEMES = new Map([
  ["ins pir evenement creatif", "event"],
  ["ins pir experimentation", "experiment"],
  ["ins pir structure d accompagnement", "structure"],
  ["tiers lieux du numerique", "tiersLieu"],
  ["ami innovation sociale", "ami"]
]);
const STATUSES = new Set(["depose", "en instruction", "labellise", "vote", "solde", "refuse", "abandonne", "caduc"]);
const VOTED = new Set(["vote", "solde", "caduc"]);
const NEEDS_VOTE = new Set(["labellise", "vote", "solde", "caduc"]);
const FUNCTIONS = new Set(["mediation", "animation territoriale", "aide aux porteurs de projets", "coworking", "fablab", "teletravail"]);
const STAGES = new Set(["emergee", "publiee", "accompagnee", "murie", "experimentee", "activite creee"]);

/** Cents of a French amount (`12 500,50 €`, `12500`, `12500.5`), null when empty, NaN when unreadable. */
export function parseAmount(text: string): number | null {
  const t = text.replace(/[\s\u00a0\u202f€]/g, "");
  if (t === "") return null;
  if (!/^-?\d+([.,]\d{1,2})?$/.test(t)) return Number.NaN;
  return Math.round(Number(t.replace(",", ".")) * 100);
}

/** Day number of `23/09/2016` or `2016-09-23`, null when empty, NaN when not a real date. */
export function parseDay(text: string): number | null {
  if (text === "") return null;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return Number.NaN;
  const [y, mo, d] = text.includes("/") ? [Number(m[3]), Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t / 86_400_000 : Number.NaN;
}

/** Luhn, with La Poste's exception. */
export function siretValid(text: string): boolean {
  const digits = text.replace(/\s/g, "");
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith("356000000")) return [...digits].reduce((s, c) => s + Number(c), 0) % 5 === 0;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let n = Number(digits[13 - i]);
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  }
  return sum % 10 === 0;
}

/** The current commune of an exported code (a lost leading zero restored), or null outside the region. */
export function communeOf(code: string): ReturnType<ReturnType<typeof territoryReference>["resolve"]> {
  return territoryReference().resolve(code.length === 4 ? `0${code}` : code);
}

interface KeptDossier {
  id: string;
  scheme: string;
  status: string;
  vote: number | null;
  fonct: number;
  invest: number;
  epci: string;
  year: string;
}

/** Every rejected row and funding-rule alert that exports.md implies for a sample folder. */
export async function checkContract(folder: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const reject = (file: string, line: number, id: string, rule: string): void => void findings.push({ file, line, id, kind: "rejected", rule });
  const alert = (id: string, rule: string, line = 0): void => void findings.push({ file: "dossiers.csv", line, id, kind: "alert", rule });

  const dossiers = new Map<string, KeptDossier>();
  const seen = new Set<string>();
  const rejectedIds = new Set<string>();
  const lineOf = new Map<string, number>();
  const tiersLieux: KeptDossier[] = [];
  for (const r of readCsv(folder, "dossiers.csv").rows) {
    const id = r.get("N° dossier");
    const scheme = SCHEMES.get(normalizeKey(r.get("Dispositif")));
    const status = normalizeKey(r.get("Statut"));
    const deposit = parseDay(r.get("Date de dépôt"));
    const vote = parseDay(r.get("Date de vote"));
    const amounts = ["Coût total", "Montant demandé", "Montant voté fonctionnement", "Montant voté investissement"].map((c) => parseAmount(r.get(c)));
    const [cost, , fonct, invest] = amounts.map((a) => a ?? 0) as [number, number, number, number];
    const commune = communeOf(r.get("Code commune"));
    const problems = [
      seen.has(id) && "duplicate-id",
      !scheme && "dispositif",
      !STATUSES.has(status) && "statut",
      (deposit === null || Number.isNaN(deposit)) && "deposit",
      Number.isNaN(vote) && "vote-date",
      NEEDS_VOTE.has(status) && vote === null && "vote-missing",
      vote !== null && deposit !== null && vote < deposit && "vote-before-deposit",
      amounts.some((a) => a !== null && (Number.isNaN(a) || a < 0)) && "amount",
      !commune.ok && "commune",
      fonct + invest > 0 && !siretValid(r.get("SIRET")) && "siret",
      r.get("SIRET") !== "" && !siretValid(r.get("SIRET")) && "siret"
    ].filter((p): p is string => typeof p === "string");
    if (problems.length > 0) {
      if (!seen.has(id)) rejectedIds.add(id);
      reject("dossiers.csv", r.line, id, problems[0] ?? "");
      seen.add(id);
      continue;
    }
    seen.add(id);
    lineOf.set(id, r.line);
    const kept: KeptDossier = { id, scheme: scheme ?? "", status, vote, fonct, invest, epci: commune.ok ? commune.commune.epciSiren : "", year: r.get("Année") };
    dossiers.set(id, kept);
    if (!VOTED.has(status)) continue;
    if (scheme === "event" && fonct + invest > 1_250_000) alert(id, "event-above-cap");
    if (scheme === "event" && fonct + invest > cost / 2) alert(id, "event-above-rate");
    if (scheme === "experiment" && (fonct > 500_000 || invest > 500_000)) alert(id, "experiment-section-cap");
    if (scheme === "structure" && fonct + invest > 500_000) alert(id, "structure-cap");
    if (scheme === "tiersLieu") {
      tiersLieux.push(kept);
      const cap = { "1": 4_500_000, "2": 3_000_000, "3": 1_500_000 }[kept.year] ?? 0;
      if (fonct > cap) alert(id, "tiers-lieu-year-cap");
      if (invest > cost / 2) alert(id, "equipment-rate");
      if (invest > 3_000_000) alert(id, "equipment-cap");
      const functions = r.get("Fonctions").split(/[|,]/).map((f) => normalizeKey(f)).filter((f) => f !== "");
      if (functions.length < 2 || functions.some((f) => !FUNCTIONS.has(f))) alert(id, "tiers-lieu-functions");
    }
  }
  for (const a of tiersLieux) {
    if (tiersLieux.some((b) => b !== a && b.epci === a.epci && b.year === a.year)) alert(a.id, "tiers-lieu-same-epci-year");
  }

  const mandats = new Set<string>();
  const net = new Map<string, number>();
  for (const r of readCsv(folder, "paiements.csv").rows) {
    const id = r.get("N° Dossier");
    const mandat = r.get("N° mandat");
    const amount = parseAmount(r.get("Montant"));
    const day = parseDay(r.get("Date de paiement"));
    const section = normalizeKey(r.get("Section"));
    const type = normalizeKey(r.get("Type"));
    const problems = [
      mandats.has(mandat) && "duplicate-mandat",
      !dossiers.has(id) && (rejectedIds.has(id) ? "payment-on-rejected-dossier" : "payment-unknown-dossier"),
      (amount === null || Number.isNaN(amount) || amount <= 0) && "amount",
      (day === null || Number.isNaN(day)) && "date",
      !["fonctionnement", "investissement"].includes(section) && "section",
      !["avance", "acompte", "solde", "reversement"].includes(type) && "type"
    ].filter((p): p is string => typeof p === "string");
    mandats.add(mandat);
    const d = dossiers.get(id);
    if (problems.length > 0 || !d || amount === null || day === null) {
      reject("paiements.csv", r.line, mandat, problems[0] ?? "");
      continue;
    }
    if (!VOTED.has(d.status)) alert(id, "payment-not-voted");
    else if (d.vote !== null && day < d.vote) alert(id, "payment-before-vote");
    const key = `${id}|${section}`;
    net.set(key, (net.get(key) ?? 0) + (type === "reversement" ? -amount : amount));
  }
  for (const [key, paid] of net) {
    const [id, section] = key.split("|") as [string, string];
    const d = dossiers.get(id);
    if (d && paid > (section === "fonctionnement" ? d.fonct : d.invest)) alert(id, "overpaid");
  }

  const ideaIds = new Set<string>();
  for (const r of (await readXlsx(folder, "suivi.xlsx")).rows) {
    const event = dossiers.get(r.get("N° dossier événement"));
    const experimentId = r.get("N° dossier expérimentation");
    const problems = [
      ideaIds.has(r.get("N° idée")) && "duplicate-idea",
      event?.scheme !== "event" && "idea-not-event",
      !STAGES.has(normalizeKey(r.get("Étape"))) && "stage",
      experimentId !== "" && !dossiers.has(experimentId) && "experiment-missing"
    ].filter((p): p is string => typeof p === "string");
    ideaIds.add(r.get("N° idée"));
    if (problems.length > 0) reject("suivi.xlsx", r.line, r.get("N° idée"), problems[0] ?? "");
  }

  const markers = readCsv(folder, "marqueurs.csv");
  for (const r of markers.rows) {
    const scores = markers.headers.slice(2).map((h) => r.get(h));
    const bad = scores.some((s) => !/^[0-3]([.,][05])?$/.test(s) || Number(s.replace(",", ".")) > 3);
    const dossier = dossiers.get(r.get("N° dossier"));
    if (bad || dossier?.scheme !== "ami") reject("marqueurs.csv", r.line, r.get("N° dossier"), bad ? "marker-out-of-range" : "marker-dossier");
  }
  for (const f of findings) if (f.kind === "alert") f.line = lineOf.get(f.id) ?? 0;
  return findings;
}
