/**
 * Acceptance: runs the analysts' command on each hand-made export folder of
 * test/acceptance/cases/ and compares its JSON with the figures computed by hand
 * from the contract (see test/acceptance/README.md for the arithmetic).
 *
 * - a folder with `expected.json` must load (exit 0) and print those figures;
 * - a folder with `expected-failure.json` must fail: non-zero exit, nothing on
 *   stdout, one line on stderr naming the file (and the column), no stack trace.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const casesDir = path.join(here, "cases");
const TIMEOUT_MS = 60_000;

// ---------------------------------------------------------------------------------------------
// What the hand-made expectations hold.
interface BudgetFigures {
  envelope: number;
  engaged: number;
  paid: number;
}
interface BudgetLine extends BudgetFigures {
  section: string;
  versant: string;
}
interface Expected {
  budget: { lines: BudgetLine[]; total: BudgetFigures };
  events: {
    total: number;
    byEpci: { siren: string; name: string; count: number; per100k: number }[];
    byDepartement: { code: string; count: number }[];
    coverage: { epciWithEvent: number; epciTotal: number };
  };
  ideas: { funnel: { stage: string; count: number }[]; matured: number; abandoned: number };
  qpv: {
    events: number;
    eventsQpvOrPublic: number;
    eventsInQpv: number;
    eventsPublicQpv: number;
    shareCount: number;
    shareAmount: number;
  };
  files: { file: string; read: number; kept: number; rejected: number }[];
  /** The set of rejected rows, as (file, line) with the header as line 1. */
  rejected: { file: string; line: number }[];
  /** The set of dossiers with at least one alert (rule codes are the implementation's). */
  alertDossiers: string[];
  /** Strings (contacts, idea holders, e-mails) that must never appear in the output. */
  personalData?: string[];
}
interface ExpectedFailure {
  why: string;
  /** Each must appear in stderr (compared lowercased, without diacritics). */
  stderrMentions: string[];
}

// ---------------------------------------------------------------------------------------------
// Running the command.
interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runIndicators(folder: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["loaders/cli/indicators.ts", "--data", folder], {
      cwd: root,
      env: { ...process.env, TZ: "Europe/Paris" },
      stdio: ["ignore", "pipe", "pipe"]
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS - 2_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// A small equality helper: collects every difference, so one failing run shows all of them.
class Diff {
  readonly problems: string[] = [];

  private fail(where: string, expected: unknown, actual: unknown): void {
    this.problems.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }

  /** Exact equality (strings compared in NFC). */
  same(where: string, expected: unknown, actual: unknown): void {
    const norm = (v: unknown): unknown => (typeof v === "string" ? v.normalize("NFC") : v);
    if (norm(expected) !== norm(actual)) this.fail(where, expected, actual);
  }

  /** Euros: equal to the cent. */
  euros(where: string, expected: number, actual: unknown): void {
    if (typeof actual !== "number" || !Number.isFinite(actual) || Math.abs(actual - expected) >= 0.005) {
      this.fail(where, expected, actual);
    }
  }

  /** Shares (fractions), within 1e-9. */
  share(where: string, expected: number, actual: unknown): void {
    if (typeof actual !== "number" || !Number.isFinite(actual) || Math.abs(actual - expected) > 1e-9) {
      this.fail(where, expected, actual);
    }
  }

  /** A value already rounded to 2 decimals by the contract (per100k). */
  twoDecimals(where: string, expected: number, actual: unknown): void {
    if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-6) this.fail(where, expected, actual);
  }

  /** Same elements, order ignored. */
  sameSet(where: string, expected: string[], actual: string[]): void {
    const a = new Set(actual);
    const e = new Set(expected);
    const missing = [...e].filter((x) => !a.has(x)).sort();
    const extra = [...a].filter((x) => !e.has(x)).sort();
    if (missing.length > 0) this.problems.push(`${where}: missing ${JSON.stringify(missing)}`);
    if (extra.length > 0) this.problems.push(`${where}: unexpected ${JSON.stringify(extra)}`);
    if (a.size !== actual.length) this.problems.push(`${where}: duplicates in ${JSON.stringify(actual)}`);
  }

  /** An array of the expected length, compared element by element in order. */
  list<E>(where: string, expected: E[], actual: unknown, each: (w: string, e: E, a: Record<string, unknown>) => void): void {
    if (!Array.isArray(actual)) {
      this.fail(where, `an array of ${expected.length}`, actual);
      return;
    }
    if (actual.length !== expected.length) this.fail(`${where}.length`, expected.length, actual.length);
    expected.forEach((e, i) => {
      const a: unknown = actual[i];
      each(`${where}[${i}]`, e, isRecord(a) ? a : {});
    });
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function field(obj: unknown, ...keys: string[]): unknown {
  let v: unknown = obj;
  for (const k of keys) v = isRecord(v) ? v[k] : undefined;
  return v;
}
function arrayOf(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter(isRecord) : [];
}
function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

function compare(expected: Expected, actual: unknown): string[] {
  const d = new Diff();

  // Budget: the four lines sorted by versant then section, amounts to the cent.
  d.list("budget.lines", expected.budget.lines, field(actual, "budget", "lines"), (w, e, a) => {
    d.same(`${w}.section`, e.section, a["section"]);
    d.same(`${w}.versant`, e.versant, a["versant"]);
    d.euros(`${w}.envelope`, e.envelope, a["envelope"]);
    d.euros(`${w}.engaged`, e.engaged, a["engaged"]);
    d.euros(`${w}.paid`, e.paid, a["paid"]);
  });
  for (const k of ["envelope", "engaged", "paid"] as const) {
    d.euros(`budget.total.${k}`, expected.budget.total[k], field(actual, "budget", "total", k));
  }

  // Events per territory.
  d.same("events.total", expected.events.total, field(actual, "events", "total"));
  d.list("events.byEpci", expected.events.byEpci, field(actual, "events", "byEpci"), (w, e, a) => {
    d.same(`${w}.siren`, e.siren, a["siren"]);
    d.same(`${w}.count`, e.count, a["count"]);
    d.twoDecimals(`${w}.per100k`, e.per100k, a["per100k"]);
  });
  d.list("events.byDepartement", expected.events.byDepartement, field(actual, "events", "byDepartement"), (w, e, a) => {
    d.same(`${w}.code`, e.code, a["code"]);
    d.same(`${w}.count`, e.count, a["count"]);
  });
  d.same("events.coverage.epciWithEvent", expected.events.coverage.epciWithEvent, field(actual, "events", "coverage", "epciWithEvent"));
  d.same("events.coverage.epciTotal", expected.events.coverage.epciTotal, field(actual, "events", "coverage", "epciTotal"));

  // Ideas.
  d.list("ideas.funnel", expected.ideas.funnel, field(actual, "ideas", "funnel"), (w, e, a) => {
    d.same(`${w}.stage`, e.stage, a["stage"]);
    d.same(`${w}.count`, e.count, a["count"]);
  });
  d.same("ideas.matured", expected.ideas.matured, field(actual, "ideas", "matured"));
  d.same("ideas.abandoned", expected.ideas.abandoned, field(actual, "ideas", "abandoned"));

  // Politique de la ville.
  for (const k of ["events", "eventsQpvOrPublic", "eventsInQpv", "eventsPublicQpv"] as const) {
    d.same(`qpv.${k}`, expected.qpv[k], field(actual, "qpv", k));
  }
  d.share("qpv.shareCount", expected.qpv.shareCount, field(actual, "qpv", "shareCount"));
  d.share("qpv.shareAmount", expected.qpv.shareAmount, field(actual, "qpv", "shareAmount"));

  // Files, sorted by name.
  d.list("files", expected.files, field(actual, "files"), (w, e, a) => {
    d.same(`${w}.file`, e.file, a["file"]);
    d.same(`${w}.read`, e.read, a["read"]);
    d.same(`${w}.kept`, e.kept, a["kept"]);
    d.same(`${w}.rejected`, e.rejected, a["rejected"]);
  });

  // Rejected rows, as a set of (file, line); the contract also asks them sorted by file then line.
  const rejected = arrayOf(field(actual, "rejected"));
  const key = (f: unknown, l: unknown): string => `${String(f)}:${String(l)}`;
  d.sameSet("rejected (file:line)", expected.rejected.map((r) => key(r.file, r.line)), rejected.map((r) => key(r["file"], r["line"])));
  for (let i = 1; i < rejected.length; i++) {
    const p = rejected[i - 1];
    const c = rejected[i];
    if (!p || !c) continue;
    const pf = String(p["file"]);
    const cf = String(c["file"]);
    if (pf > cf || (pf === cf && Number(p["line"]) > Number(c["line"]))) {
      d.problems.push(`rejected: not sorted by file then line at index ${i} (${key(pf, p["line"])} before ${key(cf, c["line"])})`);
    }
  }

  // Alerts, as the set of dossiers with at least one alert.
  const alertDossiers = arrayOf(field(actual, "alerts")).map((a) => String(a["dossier"]));
  d.sameSet("alerts (dossiers)", expected.alertDossiers, [...new Set(alertDossiers)]);

  return d.problems;
}

// ---------------------------------------------------------------------------------------------
const cases = readdirSync(casesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe("acceptance: analysts' command on hand-made export folders", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const name of cases) {
    const folder = path.join(casesDir, name);
    const expectedPath = path.join(folder, "expected.json");
    const failurePath = path.join(folder, "expected-failure.json");

    if (existsSync(expectedPath)) {
      it(`${name}: prints the hand-computed indicators`, async () => {
        const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as Expected;
        const run = await runIndicators(folder);
        expect(run.signal, `killed (timeout?); stderr:\n${run.stderr}`).toBeNull();
        expect(run.code, `exit code; stderr:\n${run.stderr}`).toBe(0);
        let actual: unknown;
        try {
          actual = JSON.parse(run.stdout);
        } catch {
          throw new Error(`stdout is not one JSON document:\n${run.stdout.slice(0, 2000)}\nstderr:\n${run.stderr}`);
        }
        expect(compare(expected, actual)).toEqual([]);
        for (const secret of expected.personalData ?? []) {
          expect(run.stdout.includes(secret), `personal data "${secret}" printed`).toBe(false);
        }
      }, TIMEOUT_MS);
    } else if (existsSync(failurePath)) {
      it(`${name}: fails with a one-line message`, async () => {
        const failure = JSON.parse(readFileSync(failurePath, "utf8")) as ExpectedFailure;
        const run = await runIndicators(folder);
        expect(run.signal, `killed (timeout?); stderr:\n${run.stderr}`).toBeNull();
        expect(run.code, `exit code (${failure.why})`).not.toBe(0);
        expect(run.stdout, "stdout must stay empty on failure").toBe("");
        const lines = run.stderr.trim().split(/\r?\n/);
        expect(lines.filter((l) => /^\s{4}at /.test(l)), "no stack trace on stderr").toEqual([]);
        expect(lines, "stderr must be one line").toHaveLength(1);
        const message = fold(run.stderr);
        for (const m of failure.stderrMentions) {
          expect(message.includes(fold(m)), `stderr should mention "${m}": ${run.stderr}`).toBe(true);
        }
      }, TIMEOUT_MS);
    } else {
      it(`${name}: has an expected.json or an expected-failure.json`, () => {
        expect.fail(`test/acceptance/cases/${name} has neither expected.json nor expected-failure.json`);
      });
    }
  }
});
