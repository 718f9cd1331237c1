/**
 * Interrupted loads: `npm run kill-test [-- --trials 20 --scale 50 --seed kill-ingest --dir .bench/kill-ingest]`.
 *
 * Generates (or reuses) a large exports folder with the seeded sample generator, ingests it once cleanly (reference A)
 * and ingests `data/sample/` once (reference B, the "previous" file). Then, per trial: B is put in place as the
 * previous DuckDB file, `ingest` of the large folder is started on that same file and SIGKILLed (its whole process
 * group: tsx, node, esbuild) at a seeded random moment, and the script checks that
 *   - the file is exactly the previous one (same inode, same bytes, same query results as B) or exactly a complete new
 *     one (new inode, same query results as A), never anything else, and no `<db>.wal` was left beside it;
 *   - the next, uninterrupted run succeeds (exit 0), prints the same summary as the reference and gives results
 *     equal to A;
 *   - after that run no `<db>.tmp-<pid>` temporary of a killed run is left (leftovers must not accumulate), nor any
 *     `inspir-load-<pid>-…` folder of CSV files (kept rows on their way into DuckDB) in the system's temporary folder.
 * Moments (seeded, sfc32 from `--seed`): three quarters of the trials are stratified over the whole run (trial k in the
 * k-th slice of start → exit, so from before tsx has loaded to after the rename), the others are aimed at the final
 * rename: a random delay after the temporary's write-ahead log disappears (CHECKPOINT done), over 1.5 × the gap
 * between that moment and the rename. The load of the machine makes runs vary by seconds, so each moment is anchored
 * on a step of the killed run itself (its start, the appearance of its temporary, the end of its CHECKPOINT) with the
 * mean step durations of the latest three clean runs (the references, then each trial's next run).
 * The exports are generated once in `<dir>/scale-<N>/` (git-ignored `.bench/` by default) and reused afterwards;
 * `<dir>/reference/` and `<dir>/trial/` are rebuilt at each invocation and left for inspection.
 * One line per trial, then `N/T passed`; exit status 1 if any trial failed. Each run has a timeout.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, readdir, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { queryRows, withConnection } from "../loaders/db/with-connection.js";
import { hasExited, readProcStat } from "../loaders/os/proc-stat.js";
import { isProcessRunning } from "../loaders/os/process-running.js";
import { createRng } from "../loaders/sample/prng.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");
const EXPORTS = ["dossiers.csv", "paiements.csv", "suivi.xlsx", "marqueurs.csv", "enveloppes.csv"];
const POLL_MS = 2;

const USAGE = "Usage: npm run kill-test [-- --trials 20 --scale 50 --seed kill-ingest --dir .bench/kill-ingest --final-share 0.25]";
const opts = (() => {
  try {
    return parseArgs({
      options: {
        trials: { type: "string", default: "20" },
        scale: { type: "string", default: "50" },
        seed: { type: "string", default: "kill-ingest" },
        dir: { type: "string", default: ".bench/kill-ingest" },
        "final-share": { type: "string", default: "0.25" }
      }
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
})();
const TRIALS = positiveInt(opts.trials, "--trials");
const SCALE = positiveInt(opts.scale, "--scale");
const FINAL_SHARE = Number(opts["final-share"]);
if (!(FINAL_SHARE >= 0 && FINAL_SHARE <= 1)) {
  process.stderr.write(`--final-share expects a number from 0 to 1 (got "${opts["final-share"]}")\n`);
  process.exit(2);
}
const WORK = resolve(ROOT, opts.dir);

function positiveInt(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`${name} expects an integer ≥ 1 (got "${text}")\n`);
    process.exit(2);
  }
  return n;
}

// ---------------------------------------------------------------- processes

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Starts a project command in its own process group, so that the whole group (tsx → node → esbuild) can be killed. */
function start(args: readonly string[]): { child: ChildProcess; done: Promise<RunResult>; t0: number } {
  const t0 = performance.now();
  const child = spawn(TSX, args, { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TZ: "Europe/Paris" } });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<RunResult>((resolveRun, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolveRun({ code, signal, stdout, stderr, ms: performance.now() - t0, timedOut: false }));
  });
  return { child, done, t0 };
}

function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Live (non-zombie) members of a process group, read from /proc (zombies may stay unreaped in a container). */
async function groupMembers(pgid: number): Promise<number[]> {
  if (!existsSync("/proc/self/stat")) {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  const alive: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    // null: exited meanwhile.
    const stat = readProcStat(Number(entry));
    if (stat && !hasExited(stat) && stat.pgid === pgid) alive.push(Number(entry));
  }
  return alive;
}

async function waitGroupGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  while (performance.now() < end) {
    if ((await groupMembers(pgid)).length === 0) return true;
    await sleep(20);
  }
  return false;
}

/** Runs a command to completion, killing its group after `timeoutMs`. */
async function runToEnd(args: readonly string[], timeoutMs: number): Promise<RunResult> {
  const { child, done } = start(args);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child);
  }, timeoutMs);
  const result = await done;
  clearTimeout(timer);
  if (timedOut) killGroup(child);
  await waitGroupGone(child.pid!, 5000);
  return { ...result, timedOut };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- files

interface DirState {
  ino: number | null;
  size: number | null;
  temporaries: string[];
  tempWal: boolean;
  wal: boolean;
}

/** What lies around the target: its inode, the `<db>.tmp-*` temporaries, and whether a WAL sits beside the target or a temporary. */
async function dirState(db: string): Promise<DirState> {
  const base = basename(db);
  const names = await readdir(dirname(db));
  const temporaries = names.filter((n) => n.startsWith(`${base}.tmp-`)).sort();
  let ino: number | null = null;
  let size: number | null = null;
  try {
    const s = await stat(db);
    ino = s.ino;
    size = s.size;
  } catch {
    // absent
  }
  return { ino, size, temporaries, tempWal: temporaries.some((n) => n.endsWith(".wal")), wal: names.includes(`${base}.wal`) };
}

async function sha256(path: string): Promise<string> {
  return createHash("sha256").update(await readFile(path)).digest("hex");
}

async function bytesOf(db: string, names: readonly string[]): Promise<number> {
  let total = 0;
  for (const n of names) total += (await stat(join(dirname(db), n)).catch(() => ({ size: 0 }))).size;
  return total;
}

// ---------------------------------------------------------------- query results

/**
 * What an analyst would see: the list of tables and views, each one's row count and an MD5 of its full content
 * (rows cast to text, sorted), and a few sums of amounts.
 */
async function fingerprint(db: string): Promise<Record<string, string>> {
  return withConnection(db, async (c) => {
    const out: Record<string, string> = {};
    const relations = (
      await queryRows<{ name: string }>(c, "SELECT table_name AS name FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1")
    ).map((r) => r.name);
    out.relations = relations.join(",");
    for (const name of relations) {
      const [row] = await queryRows<{ n: bigint; h: string }>(
        c,
        `SELECT count(*) AS n, md5(coalesce(string_agg(r, chr(10) ORDER BY r), '')) AS h FROM (SELECT CAST(t AS VARCHAR) AS r FROM "${name}" t)`
      );
      out[name] = `${row!.n} rows, md5 ${row!.h}`;
    }
    const sums: [string, string][] = [
      ["dossiers.voted", "SELECT sum(vote_fonctionnement + vote_investissement) FROM dossiers"],
      ["dossiers.cost", "SELECT sum(cout_total) FROM dossiers"],
      ["paiements.net", "SELECT sum(net_amount) FROM paiements"],
      ["engagements.engaged", "SELECT sum(engaged) FROM engagements"],
      ["alerts.amount", "SELECT sum(amount) FROM alerts"],
      ["enveloppes.montant", "SELECT sum(montant) FROM enveloppes"]
    ];
    for (const [key, sql] of sums) {
      const [row] = await queryRows<{ v: number | null }>(c, `SELECT round((${sql}), 2) AS v`);
      out[key] = String(row!.v);
    }
    return out;
  });
}

function differences(actual: Record<string, string>, expected: Record<string, string>): string[] {
  const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])];
  return keys.filter((k) => actual[k] !== expected[k]).map((k) => `${k}: ${actual[k] ?? "—"} ≠ ${expected[k] ?? "—"}`);
}

// ---------------------------------------------------------------- setup

async function ensureExports(folder: string): Promise<void> {
  if (EXPORTS.every((f) => existsSync(join(folder, f)))) {
    log(`reusing the exports in ${relative(ROOT, folder)}`);
    return;
  }
  log(`generating the sample at scale ${SCALE} in ${relative(ROOT, folder)}…`);
  const result = await runToEnd(["loaders/cli/sample.ts", "--scale", String(SCALE), "--out", folder], 600_000);
  if (result.code !== 0) fatal(`the sample generator failed (${result.code}): ${result.stderr.trim()}`);
  log(result.stderr.trim());
}

function ingestArgs(data: string, db: string): string[] {
  return ["loaders/cli/ingest.ts", "--data", data, "--db", db];
}

interface Timeline {
  /** ms after the start: a new `<db>.tmp-<pid>` appears, its WAL disappears (CHECKPOINT done), the target's inode changes, the run exits. */
  tempAt: number | null;
  checkpointAt: number | null;
  renameAt: number | null;
  exitAt: number | null;
}

/** Follows one run from the directory: what appeared since `before` (earlier leftovers are not this run's). */
class RunWatch {
  readonly timeline: Timeline = { tempAt: null, checkpointAt: null, renameAt: null, exitAt: null };
  private sawWal = false;
  constructor(
    private readonly db: string,
    private readonly before: DirState,
    private readonly t0: number
  ) {}

  ownTemporaries(s: DirState): string[] {
    return s.temporaries.filter((n) => !this.before.temporaries.includes(n));
  }

  async poll(): Promise<DirState | null> {
    const s = await dirState(this.db).catch(() => null);
    const t = performance.now() - this.t0;
    if (!s) return null;
    const own = this.ownTemporaries(s);
    const wal = own.some((n) => n.endsWith(".wal"));
    if (this.timeline.tempAt === null && own.length > 0) this.timeline.tempAt = t;
    if (wal) this.sawWal = true;
    if (this.sawWal && !wal && this.timeline.checkpointAt === null) this.timeline.checkpointAt = t;
    if (this.timeline.renameAt === null && s.ino !== null && s.ino !== this.before.ino) this.timeline.renameAt = t;
    return s;
  }

  phase(s: DirState | null): string {
    if (!s) return "?";
    if (s.ino !== this.before.ino) return "after rename";
    const own = this.ownTemporaries(s);
    if (own.some((n) => n.endsWith(".wal"))) return "building temp";
    if (own.length > 0) return "temp checkpointed, before rename";
    return "start or reading exports";
  }
}

/** A clean, watched run of ingest. */
async function watchedRun(data: string, db: string, timeoutMs: number): Promise<{ result: RunResult; timeline: Timeline }> {
  const before = await dirState(db);
  const { child, done, t0 } = start(ingestArgs(data, db));
  const watch = new RunWatch(db, before, t0);
  let finished = false;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child);
  }, timeoutMs);
  const polling = (async () => {
    while (!finished) {
      await watch.poll();
      await sleep(POLL_MS);
    }
  })();
  const result = await done;
  finished = true;
  await polling;
  clearTimeout(timer);
  await waitGroupGone(child.pid!, 5000);
  watch.timeline.exitAt = result.code === 0 ? result.ms : null;
  return { result: { ...result, timedOut }, timeline: watch.timeline };
}

// ---------------------------------------------------------------- trials

type Phase = "reading" | "building" | "closing";

/**
 * When to kill, anchored on what the killed run itself does: `offset` ms after its start ("reading": tsx, reading and
 * checking the exports), after its temporary appears ("building": tables, views, alerts, CHECKPOINT) or after that
 * temporary's WAL disappears ("closing": close, removal of an old WAL, rename, summary, exit).
 */
interface Moment {
  phase: Phase;
  offset: number;
}

/**
 * A trial's draw: a point of the whole run ("run": a fraction of start → exit) or of the final rename ("final": a
 * fraction of 1.5 × the CHECKPOINT → rename gap). Fractions, not times: the machine's load makes runs vary by
 * seconds, so a fraction becomes a moment only when the trial starts, with the durations of the latest clean runs.
 */
interface Plan {
  kind: "run" | "final";
  fraction: number;
}

interface Durations {
  reading: number;
  building: number;
  closing: number;
  /** From the CHECKPOINT to the rename. */
  toRename: number;
}

/** Mean durations of the steps over the latest clean runs whose every step was seen. */
function durations(timelines: readonly Timeline[]): Durations | null {
  const seen = timelines.filter((t) => t.tempAt !== null && t.checkpointAt !== null && t.renameAt !== null && t.exitAt !== null).slice(-3);
  if (seen.length === 0) return null;
  const mean = (f: (t: Timeline) => number) => seen.reduce((acc, t) => acc + f(t), 0) / seen.length;
  return {
    reading: mean((t) => t.tempAt!),
    building: mean((t) => t.checkpointAt! - t.tempAt!),
    closing: mean((t) => t.exitAt! - t.checkpointAt!),
    toRename: mean((t) => t.renameAt! - t.checkpointAt!)
  };
}

function plans(): Plan[] {
  const rng = createRng(opts.seed);
  const finals = Math.round(TRIALS * FINAL_SHARE);
  const runs = TRIALS - finals;
  // Stratified: trial k falls in the k-th slice, so the very start and the very end are both covered.
  return [
    ...Array.from({ length: runs }, (_, k): Plan => ({ kind: "run", fraction: (k + rng.next()) / runs })),
    ...Array.from({ length: finals }, (_, k): Plan => ({ kind: "final", fraction: (k + rng.next()) / finals }))
  ];
}

function momentOf(plan: Plan, d: Durations): Moment {
  if (plan.kind === "final") return { phase: "closing", offset: plan.fraction * 1.5 * Math.max(20, d.toRename) };
  const at = plan.fraction * (d.reading + d.building + d.closing);
  if (at < d.reading) return { phase: "reading", offset: at };
  if (at < d.reading + d.building) return { phase: "building", offset: at - d.reading };
  return { phase: "closing", offset: at - d.reading - d.building };
}

interface KillOutcome {
  killedAt: number;
  phase: string;
}

/** Starts ingest, kills its process group at the planned moment, and says what the directory looked like then. */
async function killedRun(data: string, db: string, plan: Moment, before: DirState, deadline: number): Promise<KillOutcome> {
  const { child, done, t0 } = start(ingestArgs(data, db));
  const watch = new RunWatch(db, before, t0);
  let exited = false;
  void done.then(() => (exited = true));
  const anchor = (): number | null => {
    const t = watch.timeline;
    if (plan.phase === "reading") return 0;
    // A step the polling missed is replaced by the next one seen.
    if (plan.phase === "building") return t.tempAt ?? t.checkpointAt ?? t.renameAt;
    return t.checkpointAt ?? t.renameAt;
  };
  let snapshot: DirState | null = null;
  while (!exited) {
    snapshot = await watch.poll();
    const elapsed = performance.now() - t0;
    const from = anchor();
    if ((from !== null && elapsed >= from + plan.offset) || elapsed > deadline) break;
    const wait = from === null ? POLL_MS : Math.min(POLL_MS, Math.max(0, from + plan.offset - elapsed));
    await sleep(wait);
  }
  const exitedBeforeKill = exited;
  if (!exitedBeforeKill) snapshot = await dirState(db).catch(() => null);
  const killedAt = performance.now() - t0;
  killGroup(child);
  await done;
  if (!(await waitGroupGone(child.pid!, 5000))) throw new Error(`process group ${child.pid} still alive after SIGKILL`);
  return { killedAt, phase: exitedBeforeKill ? "already exited" : watch.phase(snapshot) };
}

/** The `inspir-load-<pid>-…` folders (kept rows as CSV on their way into DuckDB) whose process is gone. */
async function staleScratchDirs(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => {
    const pid = /^inspir-load-(\d+)-/.exec(name)?.[1];
    return pid !== undefined && !isProcessRunning(Number(pid));
  });
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

function fatal(message: string): never {
  process.stderr.write(`kill-test: ${message}\n`);
  process.exit(1);
}

const seconds = (ms: number | null): string => (ms === null ? "—" : `${(ms / 1000).toFixed(2)} s`);

async function main(): Promise<void> {
  const exportsDir = join(WORK, `scale-${SCALE}`);
  const refDir = join(WORK, "reference");
  const trialDir = join(WORK, "trial");
  await mkdir(WORK, { recursive: true });
  await ensureExports(exportsDir);
  await rm(refDir, { recursive: true, force: true });
  await rm(trialDir, { recursive: true, force: true });
  await mkdir(refDir, { recursive: true });
  await mkdir(trialDir, { recursive: true });

  // B: the previous file, from another load (the embedded sample), so that old and new are told apart.
  const previous = join(refDir, "previous.duckdb");
  const b = await runToEnd(ingestArgs(join(ROOT, "data/sample"), previous), 120_000);
  if (b.code !== 0) fatal(`ingest of data/sample failed: ${b.stderr.trim()}`);
  // A: the complete new file, from two watched runs whose steps give the kill moments.
  const complete = join(refDir, "complete.duckdb");
  const timelines: Timeline[] = [];
  let a: RunResult | null = null;
  for (let i = 0; i < 2; i++) {
    await rm(complete, { force: true });
    const run = await watchedRun(exportsDir, complete, 600_000);
    if (run.result.code !== 0) fatal(`the reference ingest failed: ${run.result.stderr.trim()}`);
    timelines.push(run.timeline);
    a = run.result;
  }
  const d = durations(timelines);
  if (d === null) fatal(`the steps of the reference ingest were not all seen: ${JSON.stringify(timelines)}`);
  const fpB = await fingerprint(previous);
  const fpA = await fingerprint(complete);
  if (differences(fpA, fpB).length === 0) fatal("both references read the same: the old file could not be told from the new one");
  const db = join(trialDir, "inspir.duckdb");
  const referenceStdout = a!.stdout.replaceAll(complete, db);
  const exit = d.reading + d.building + d.closing;
  log(
    `reference ingest (scale ${SCALE}; dossiers ${fpA.dossiers}), mean of 2 runs: ${seconds(exit)} — ` +
      `start and reading the exports ${seconds(d.reading)}, building the temporary file ${seconds(d.building)} (to its CHECKPOINT), ` +
      `then rename after ${d.toRename.toFixed(0)} ms and exit after ${seconds(d.closing)} [runs: ${timelines.map((t) => seconds(t.exitAt)).join(", ")}]`
  );
  const runTimeout = Math.max(60_000, 6 * exit);

  const tally = { intact: 0, recovered: 0, swept: 0, passed: 0 };
  const phases = new Map<string, number>();
  const nextRuns: number[] = [];
  let maxLeft = 0;
  const planned = plans();
  for (const [i, plan] of planned.entries()) {
    const problems: string[] = [];
    // The previous file in place (atomically, with no WAL), and nothing else around it but earlier leftovers.
    await copyFile(previous, `${db}.restore`);
    await rename(`${db}.restore`, db);
    const before = await dirState(db);
    const beforeHash = await sha256(db);

    // The moment, from the durations of the latest clean runs (the load of the machine changes them).
    const moment = momentOf(plan, durations(timelines) ?? d);
    const kill = await killedRun(exportsDir, db, moment, before, runTimeout);
    phases.set(kill.phase, (phases.get(kill.phase) ?? 0) + 1);
    const after = await dirState(db);
    let state: string;
    const intactProblems = problems.length;
    if (after.ino === null) {
      state = "FILE MISSING";
      problems.push("no file after the kill");
    } else if (after.ino === before.ino) {
      state = "old file";
      if ((await sha256(db)) !== beforeHash) problems.push("old file's bytes changed");
      const diff = differences(await fingerprint(db), fpB);
      if (diff.length) problems.push(`old file reads differently: ${diff.slice(0, 3).join("; ")}`);
    } else {
      state = "new file";
      const diff = differences(await fingerprint(db), fpA);
      if (diff.length) problems.push(`new file incomplete: ${diff.slice(0, 3).join("; ")}`);
    }
    if (after.wal) problems.push(`${basename(db)}.wal left beside the file`);
    if (problems.length === intactProblems) tally.intact++;
    const ownLeft = after.temporaries.filter((n) => !before.temporaries.includes(n)).length;
    const earlierLeft = after.temporaries.length - ownLeft;

    // The next, uninterrupted run: watched, so that its steps keep the kill moments in line with the machine's pace.
    const recoveryProblems = problems.length;
    const { result: next, timeline } = await watchedRun(exportsDir, db, runTimeout);
    timelines.push(timeline);
    if (next.timedOut) problems.push(`next run timed out after ${seconds(runTimeout)}`);
    else if (next.code !== 0) problems.push(`next run exited ${next.code}: ${next.stderr.trim().split("\n").slice(-1)[0]}`);
    else {
      nextRuns.push(next.ms);
      if (next.stdout !== referenceStdout) problems.push("next run printed another summary than the reference");
      const diff = differences(await fingerprint(db), fpA);
      if (diff.length) problems.push(`next run's file differs: ${diff.slice(0, 3).join("; ")}`);
    }
    const end = await dirState(db);
    if (end.wal) problems.push(`${basename(db)}.wal left after the next run`);
    if (problems.length === recoveryProblems) tally.recovered++;
    if (end.temporaries.length > 0) {
      const size = await bytesOf(db, end.temporaries);
      problems.push(`${end.temporaries.length} temporaries of killed runs still there after the next run (${(size / 1e6).toFixed(1)} MB: ${end.temporaries.join(", ")})`);
    } else tally.swept++;
    maxLeft = Math.max(maxLeft, end.temporaries.length);
    const scratch = await staleScratchDirs();
    if (scratch.length > 0) problems.push(`scratch folders of killed runs still there after the next run: ${scratch.join(", ")}`);

    const ok = problems.length === 0;
    if (ok) tally.passed++;
    const aim = `aim: ${moment.phase} + ${moment.offset < 1000 ? `${moment.offset.toFixed(0)} ms` : seconds(moment.offset)}`;
    log(
      `trial ${String(i + 1).padStart(2)}/${planned.length}  ${ok ? "ok  " : "FAIL"}  killed at ${seconds(kill.killedAt).padStart(7)} (${aim}; ${kill.phase})  ` +
        `→ ${state}, temp files left: ${ownLeft} of this run, ${earlierLeft} earlier; next run ${next.code === 0 ? "ok" : "failed"} in ${seconds(next.ms)}` +
        (ok ? "" : `\n      ${problems.join("\n      ")}`)
    );
  }
  const n = planned.length;
  log(`kill moments: ${[...phases].map(([phase, count]) => `${count} ${phase}`).join(", ")}`);
  if (nextRuns.length) log(`uninterrupted runs: ${seconds(Math.min(...nextRuns))} to ${seconds(Math.max(...nextRuns))}`);
  log(`file intact (the old one, or a complete new one): ${tally.intact}/${n}; next run ok with the same results: ${tally.recovered}/${n}; no stale temporary after it: ${tally.swept}/${n}`);
  if (maxLeft > 0) log(`stale temporaries: up to ${maxLeft} file(s) beside ${relative(ROOT, db)} (replaceDatabase removes only its own <db>.tmp-<pid>)`);
  log(`${tally.passed}/${n} passed`);
  process.exitCode = tally.passed === n ? 0 : 1;
}

await main();
