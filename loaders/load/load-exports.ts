import { type Limits, limitsFromEnv } from "../config/limits.js";
import { EXPORT_KINDS, type ExportKind, locateExports } from "../read/locate-exports.js";
import type { Dossier } from "../schemas/dossier.js";
import { DEFAULT_ENVELOPPES, type Enveloppe } from "../schemas/enveloppe.js";
import type { Idee } from "../schemas/idee.js";
import type { Marqueur } from "../schemas/marqueur.js";
import type { Paiement } from "../schemas/paiement.js";
import { type ExportCheck, type KeptRowSinks, REFERENCE_RULES, checkExport } from "./check-export.js";
import type { Kept } from "./check-rows.js";
import { type DossierIndex, settleReferences } from "./references.js";
import { type FileReport, type Rejection, rejectionOf } from "./report.js";

export type { Kept } from "./check-rows.js";

/** What a load reports besides its kept rows. */
export interface LoadReport {
  /** Budget lines: few, so always held. */
  enveloppes: Kept<Enveloppe>[];
  /** Where the budget lines come from: the folder's export, or the 2016 deliberation. */
  enveloppesSource: "export" | "deliberation-2016";
  /** Files read, sorted by name. */
  files: FileReport[];
  /** Rejected rows, sorted by file then line. */
  rejected: Rejection[];
}

/** Everything a load keeps and reports, held in memory; only kept rows reach the indicators. */
export interface LoadResult extends LoadReport {
  dossiers: Kept<Dossier>[];
  paiements: Kept<Paiement>[];
  idees: Kept<Idee>[];
  marqueurs: Kept<Marqueur>[];
}

export interface LoadOptions {
  /** Receives progress lines meant for stderr. */
  log?: (message: string) => void;
  /** Bounds on each file; from the environment when not given. */
  limits?: Limits;
}

/** Reads and validates a folder of exports into memory; throws LoadError on a fatal problem (missing file or column, undecodable file). */
export async function loadExports(folder: string, options: LoadOptions = {}): Promise<LoadResult> {
  const limits = options.limits ?? limitsFromEnv();
  const paths = await locateExports(folder);
  const rows = { dossiers: [] as Kept<Dossier>[], paiements: [] as Kept<Paiement>[], idees: [] as Kept<Idee>[], marqueurs: [] as Kept<Marqueur>[] };
  const sinks: KeptRowSinks = { dossier: (r) => rows.dossiers.push(r), paiement: (r) => rows.paiements.push(r), idee: (r) => rows.idees.push(r), marqueur: (r) => rows.marqueurs.push(r) };
  const checks: ExportCheck[] = [];
  for (const kind of EXPORT_KINDS) {
    const path = paths[kind];
    if (path !== undefined) checks.push(await checkExport(kind, path, sinks, { limits, log: options.log }));
  }
  const { report, excludedLines } = settleExports(checks);
  const keptOnly = <T extends { line: number }>(kind: ReferringKind, list: T[]): T[] => {
    const excluded = new Set(excludedLines[kind]);
    return excluded.size === 0 ? list : list.filter((r) => !excluded.has(r.line));
  };
  return {
    dossiers: rows.dossiers,
    paiements: keptOnly("paiements", rows.paiements),
    idees: keptOnly("suivi", rows.idees),
    marqueurs: keptOnly("marqueurs", rows.marqueurs),
    ...report
  };
}

/** The exports whose rows refer to dossiers: only their rows can be excluded once every export is checked. */
export type ReferringKind = keyof typeof REFERENCE_RULES;

function isReferring(kind: ExportKind): kind is ReferringKind {
  return kind in REFERENCE_RULES;
}

/**
 * Settles the references of one export's rows now that the dossiers export is checked (see settleReferences):
 * returns the lines of rows handed to a sink but not kept after all. Settling again finds nothing more.
 */
export function settleExportReferences(check: ExportCheck, dossiers: ExportCheck): number[] {
  if (!dossiers.dossiers) throw new Error(`settleExportReferences: ${dossiers.file} is not the dossiers export`);
  if (!isReferring(check.kind)) return [];
  const index: DossierIndex = { ...dossiers.dossiers, file: dossiers.file };
  const rule = REFERENCE_RULES[check.kind];
  return settleReferences(check, (keys) => rule.faults(index, keys));
}

/**
 * Completes a load once every export is checked (in any order or thread): the references to dossiers are settled,
 * and the report assembled. Returns it with, per export, the lines of rows handed to a sink but not kept after all
 * (none for an export already settled by settleExportReferences).
 */
export function settleExports(checks: readonly ExportCheck[]): { report: LoadReport; excludedLines: Partial<Record<ReferringKind, number[]>> } {
  const dossiers = checks.find((c) => c.kind === "dossiers");
  if (!dossiers?.dossiers) throw new Error("settleExports: the dossiers export was not checked");
  const excludedLines: Partial<Record<ReferringKind, number[]>> = {};
  const files: FileReport[] = [];
  const rejected: Rejection[] = [];
  let enveloppes: Kept<Enveloppe>[] | undefined;
  for (const check of checks) {
    if (isReferring(check.kind)) excludedLines[check.kind] = settleExportReferences(check, dossiers);
    for (const r of check.rejected) rejected.push(rejectionOf(check.file, r.line, r.faults));
    const { file, kind, format, read, kept, extraColumns } = check;
    files.push({ file, kind, format, read, kept, rejected: check.rejected.length, extraColumns });
    if (check.enveloppes) enveloppes = check.enveloppes;
  }
  return {
    report: {
      enveloppes: enveloppes ?? DEFAULT_ENVELOPPES.map((e, i) => ({ ...e, line: i + 2 })),
      enveloppesSource: enveloppes ? "export" : "deliberation-2016",
      files: files.sort((a, b) => compareText(a.file, b.file)),
      rejected: rejected.sort((a, b) => compareText(a.file, b.file) || a.line - b.line)
    },
    excludedLines
  };
}

/** Reads and validates the dossiers export alone (whether a dossier is kept depends on that file only); returns its counts. */
export async function streamDossiers(folder: string, keep: (row: Kept<Dossier>) => void, options: LoadOptions = {}): Promise<{ read: number; kept: number }> {
  const paths = await locateExports(folder);
  const ignore = () => {};
  const sinks: KeptRowSinks = { dossier: keep, paiement: ignore, idee: ignore, marqueur: ignore };
  const { read, kept } = await checkExport("dossiers", paths.dossiers!, sinks, { limits: options.limits ?? limitsFromEnv(), log: options.log });
  return { read, kept };
}

/** Byte-order comparison, so that sorting does not depend on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
