import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";

/** The repository root: every child runs there, as a user's command would. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const RSS_PRELOAD = pathToFileURL(join(ROOT, "scripts/bench/report-max-rss.mjs")).href;
// Enough of a failed child's stderr to show its error, without holding a chatty build's whole log.
const STDERR_TAIL_CHARS = 8000;

/** What one child run measured. */
export interface ChildRun {
  /** Wall time from spawn to the close of its output, in milliseconds. */
  wallMs: number;
  /** Peak resident memory of the node process, in bytes; null when not measured. */
  maxRssBytes: number | null;
  /** Its standard output, unless it was sent to a file. */
  stdout: Buffer;
}

/** How to run a child. */
export interface ChildSpec {
  /** Shown in progress and error messages. */
  label: string;
  command: string;
  args: readonly string[];
  /** Added to the bench's own environment. */
  env?: Record<string, string>;
  /** Send standard output straight to this file instead of collecting it. */
  stdoutFile?: string;
  /** File the RSS preload writes to; set by `nodeScript`. */
  rssFile?: string;
}

/**
 * The node flags the loaders' npm scripts start with (`tsx <flags> loaders/cli/indicators.ts`), read from package.json
 * so that the bench runs every child, floor included, as those scripts run the loaders.
 */
export const LOADER_NODE_FLAGS: readonly string[] = loaderNodeFlags();

function loaderNodeFlags(): string[] {
  const scripts = z.object({ scripts: z.object({ indicators: z.string() }) }).parse(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))).scripts;
  const match = /^tsx((?: --[\w-]+(?:=\S+)?)*) loaders\/cli\/indicators\.ts$/.exec(scripts.indicators);
  if (!match) throw new Error(`package.json: the indicators script is not "tsx [node flags] loaders/cli/indicators.ts": ${scripts.indicators}`);
  return match[1]!.split(" ").filter((flag) => flag !== "");
}

/**
 * A TypeScript entry point run as `node --import <rss preload> <loader flags> --import tsx <script> …`, reporting its
 * peak RSS to `rssFile`.
 */
export function nodeScript(label: string, script: string, args: readonly string[], rssFile: string, extra: Omit<ChildSpec, "label" | "command" | "args" | "rssFile"> = {}): ChildSpec {
  return { label, command: process.execPath, args: ["--import", RSS_PRELOAD, ...LOADER_NODE_FLAGS, "--import", "tsx", script, ...args], rssFile, ...extra };
}

/** Runs a child to its end from the repository root; throws with its stderr when it exits non-zero or is killed. */
export async function runChild(spec: ChildSpec): Promise<ChildRun> {
  if (spec.rssFile) await rm(spec.rssFile, { force: true });
  const outFd = spec.stdoutFile ? openSync(spec.stdoutFile, "w") : null;
  const env = { ...process.env, TZ: "Europe/Paris", ...spec.env, ...(spec.rssFile ? { BENCH_MAX_RSS_FILE: spec.rssFile } : {}) };
  const started = performance.now();
  const child = spawn(spec.command, [...spec.args], { cwd: ROOT, env, stdio: ["ignore", outFd ?? "pipe", "pipe"] });
  const chunks: Buffer[] = [];
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => chunks.push(d));
  child.stderr!.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString("utf8")).slice(-STDERR_TAIL_CHARS);
  });
  let code: number | null;
  let signal: NodeJS.Signals | null;
  try {
    [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (c, s) => resolve([c, s]));
    });
  } finally {
    // The child holds its own copy of the descriptor: ours can go as soon as it is spawned and done.
    if (outFd !== null) closeSync(outFd);
  }
  const wallMs = performance.now() - started;
  if (code !== 0) {
    const how = signal ? `killed by ${signal}` : `exit status ${code}`;
    throw new Error(`${spec.label} failed (${how}):\n${stderr.trim()}`);
  }
  let maxRssBytes: number | null = null;
  if (spec.rssFile) {
    const text = await readFile(spec.rssFile, "utf8").catch(() => "");
    const kib = Number(text.trim());
    if (!(kib > 0)) throw new Error(`${spec.label}: the peak-RSS preload wrote nothing to ${spec.rssFile}`);
    maxRssBytes = kib * 1024;
    await rm(spec.rssFile, { force: true });
  }
  return { wallMs, maxRssBytes, stdout: Buffer.concat(chunks) };
}
