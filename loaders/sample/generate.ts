import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { territoryReference } from "../territory/index.js";
import { generateBlock } from "./block.js";
import type { Day } from "./calendar.js";
import { MONTHLY_EXPORT_DAYS, blockAsOf, exportFolderName } from "./monthly-exports.js";
import { communePicker } from "./commune-picker.js";
import { csvLine } from "./csv-line.js";
import { type CsvWriter, openCsv } from "./csv-writer.js";
import { DOSSIER_HEADERS, renderDossier } from "./dossier-row.js";
import { type Engagement, addEngagement } from "./engagement.js";
import { ENVELOPE_HEADERS, envelopeLines, renderEnvelopes } from "./envelopes.js";
import { initialCounters } from "./identifiers.js";
import { IDEA_HEADERS, renderIdea } from "./idea-row.js";
import { type ManifestEntry, manifestEntry } from "./manifest.js";
import { MARKER_HEADERS, renderMarkers } from "./marker-row.js";
import type { Cents } from "./money.js";
import { PAYMENT_HEADERS, renderPayment } from "./payment-row.js";
import { createRng } from "./prng.js";
import type { Block, Payment } from "./records.js";
import { openXlsx } from "./suivi-writer.js";

/** The seed of the committed sample: the date of the 2016 framework deliberation. */
export const DEFAULT_SEED = "20160923";

/** Where and how big to generate. */
export interface SampleOptions {
  /** Folder the five files are written to (created if missing). */
  out: string;
  /** How many blocks of ≈ 200 dossiers (1 = the committed sample). */
  scale: number;
  /** Any text; the same seed and scale give the same bytes. */
  seed: string;
  /** Three monthly exports in dated sub-folders (MONTHLY_EXPORT_DAYS) instead of one export. */
  monthly?: boolean;
}

/** What was written: row counts per file, the INS'pir engagement, and the faults planted in the first block. */
export interface SampleSummary {
  rows: { dossiers: number; paiements: number; suivi: number; marqueurs: number; enveloppes: number };
  /** INS'pir envelope in cents (the five lines). */
  envelope: Cents;
  engagement: Engagement;
  /** Planted faults over all blocks. */
  planted: { rejected: number; alerts: number };
  /** Faults of block 0 (the whole scale-1 sample) with their lines. */
  manifest: ManifestEntry[];
}

const SEPARATOR = ";";

/**
 * Writes one block's rows to the open files; counts and records faults (with lines) for the first block. Each row
 * draws its formatting quirks from its own generator, keyed by its identifier, so that a row reads the same in
 * every monthly export whatever rows come before it.
 */
function writeBlock(seed: string, index: number, block: Block, files: Files, summary: SampleSummary): void {
  const seen = new Map<string, number>();
  const rngOf = (kind: string, id: string) => {
    const key = `${kind}:${id}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createRng(`${seed}:block:${index}:format:${key}:${n}`);
  };
  const record = index === 0;
  for (const d of block.dossiers) {
    const rng = rngOf("dossier", d.id);
    files.dossiers.line(csvLine(renderDossier(rng, d), SEPARATOR, rng));
    if (d.anomaly) count(summary, d.anomaly.kind);
    if (record && d.anomaly) summary.manifest.push(manifestEntry("dossiers.csv", files.dossiers.rows + 1, d.id, d.anomaly));
  }
  // A duplicated payment repeats its original's cells exactly (an export glitch), so keep the originals' cells.
  const originals = new Map<Payment, string[]>();
  const duplicated = new Set(block.payments.flatMap((x) => (x.duplicateOf ? [x.duplicateOf] : [])));
  for (const x of block.payments) {
    const cells = x.duplicateOf ? (originals.get(x.duplicateOf) ?? renderPayment(rngOf("payment", x.mandat), x)) : renderPayment(rngOf("payment", x.mandat), x);
    if (duplicated.has(x)) originals.set(x, cells);
    files.paiements.line(csvLine(cells, SEPARATOR, null));
    if (x.anomaly) count(summary, x.anomaly.kind);
    if (record && x.anomaly) summary.manifest.push(manifestEntry("paiements.csv", files.paiements.rows + 1, x.mandat, x.anomaly));
  }
  for (const idea of block.ideas) {
    files.suivi.row(renderIdea(rngOf("idea", String(idea.id)), idea));
    if (idea.anomaly) count(summary, idea.anomaly.kind);
    if (record && idea.anomaly) summary.manifest.push(manifestEntry("suivi.xlsx", files.suivi.rows + 1, String(idea.id), idea.anomaly));
  }
  for (const m of block.markers) {
    files.marqueurs.line(csvLine(renderMarkers(rngOf("markers", m.dossier.id), m), SEPARATOR, null));
    if (m.anomaly) count(summary, m.anomaly.kind);
    if (record && m.anomaly) summary.manifest.push(manifestEntry("marqueurs.csv", files.marqueurs.rows + 1, m.dossier.id, m.anomaly));
  }
}

function count(summary: SampleSummary, kind: "rejected" | "alert"): void {
  if (kind === "rejected") summary.planted.rejected++;
  else summary.planted.alerts++;
}

interface Files {
  dossiers: CsvWriter;
  paiements: CsvWriter;
  marqueurs: CsvWriter;
  suivi: ReturnType<typeof openXlsx>;
}

/** The five files of a sample, in the order they are written. */
export const SAMPLE_FILES = ["dossiers.csv", "paiements.csv", "suivi.xlsx", "marqueurs.csv", "enveloppes.csv"] as const;

/**
 * Generates the sample into `options.out`, block after block, so memory stays bounded at any scale.
 * Files are written to a temporary folder inside `out` and moved in place at the end, so a failure leaves the previous ones untouched.
 */
export async function generateSample(options: SampleOptions): Promise<SampleSummary> {
  await mkdir(options.out, { recursive: true });
  const staging = join(options.out, `.sample-${process.pid}.tmp`);
  await mkdir(staging, { recursive: true });
  try {
    let summary: SampleSummary | undefined;
    const folders = options.monthly ? MONTHLY_EXPORT_DAYS.map(exportFolderName) : [];
    if (options.monthly) {
      for (const [i, day] of MONTHLY_EXPORT_DAYS.entries()) {
        await mkdir(join(staging, folders[i]!));
        summary = await writeSample({ ...options, out: join(staging, folders[i]!) }, day);
      }
    } else {
      summary = await writeSample({ ...options, out: staging }, null);
    }
    // The other layout's files go: a folder is either one export or dated sub-folders of exports.
    for (const name of await readdir(options.out)) {
      if (name.startsWith(".")) continue;
      if ((SAMPLE_FILES as readonly string[]).includes(name) || /^\d{4}-\d{2}-\d{2}$/.test(name)) await rm(join(options.out, name), { recursive: true, force: true });
    }
    for (const name of options.monthly ? folders : SAMPLE_FILES) await rename(join(staging, name), join(options.out, name));
    return summary!;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Writes one export: the whole sample, or with `cutoff` the sample as that monthly export held it. */
async function writeSample(options: SampleOptions, cutoff: Day | null): Promise<SampleSummary> {
  const { out, scale, seed } = options;
  const reference = territoryReference();
  const communes = communePicker(reference);
  const header = (names: readonly string[]): string => csvLine(names, SEPARATOR, null);
  const files: Files = {
    dossiers: openCsv(join(out, "dossiers.csv"), header(DOSSIER_HEADERS), "windows-1252", "\r\n"),
    paiements: openCsv(join(out, "paiements.csv"), header(PAYMENT_HEADERS), "windows-1252", "\r\n"),
    marqueurs: openCsv(join(out, "marqueurs.csv"), header(MARKER_HEADERS), "windows-1252", "\r\n"),
    suivi: openXlsx(join(out, "suivi.xlsx"), "Suivi des idées", IDEA_HEADERS)
  };
  const summary: SampleSummary = {
    rows: { dossiers: 0, paiements: 0, suivi: 0, marqueurs: 0, enveloppes: 0 },
    envelope: 0,
    engagement: { engaged: new Map(), paid: new Map() },
    planted: { rejected: 0, alerts: 0 },
    manifest: []
  };
  const counters = initialCounters();
  for (let index = 0; index < scale; index++) {
    const { moves, ...whole } = generateBlock(seed, index, reference, communes, counters);
    const block = cutoff === null ? whole : blockAsOf(whole, cutoff, moves);
    writeBlock(seed, index, block, files, summary);
    addEngagement(summary.engagement, block);
    await Promise.all([files.dossiers.flush(), files.paiements.flush(), files.marqueurs.flush()]);
  }
  await Promise.all([files.dossiers.close(), files.paiements.close(), files.marqueurs.close(), files.suivi.close()]);

  const lines = envelopeLines(scale);
  // A finance officer's hand-made file: UTF-8 with BOM and LF line endings, unlike the platform's exports.
  const envelopes = openCsv(join(out, "enveloppes.csv"), header(ENVELOPE_HEADERS), "utf-8-bom", "\n");
  for (const fields of renderEnvelopes(lines)) envelopes.line(csvLine(fields, SEPARATOR, null));
  await envelopes.close();

  summary.rows = {
    dossiers: files.dossiers.rows,
    paiements: files.paiements.rows,
    suivi: files.suivi.rows,
    marqueurs: files.marqueurs.rows,
    enveloppes: envelopes.rows
  };
  summary.envelope = lines.reduce((sum, l) => sum + l.amount, 0);
  return summary;
}
