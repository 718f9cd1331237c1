import type { z } from "zod";
import type { Limits } from "../config/limits.js";
import type { ExportKind } from "../read/locate-exports.js";
import { openTable } from "../read/read-table.js";
import type { ColumnSpec } from "../schemas/columns.js";
import { DOSSIER_COLUMNS, type Dossier, dossierSchema } from "../schemas/dossier.js";
import { ENVELOPPE_COLUMNS, type Enveloppe, enveloppeSchema } from "../schemas/enveloppe.js";
import { IDEE_COLUMNS, type Idee, ideeSchema } from "../schemas/idee.js";
import { MARQUEUR_COLUMNS, type Marqueur, marqueurSchema } from "../schemas/marqueur.js";
import { PAIEMENT_COLUMNS, type Paiement, paiementSchema } from "../schemas/paiement.js";
import { AMI, type Dispositif, EVENT } from "../schemas/vocabulary.js";
import { type CheckOptions, type KeyColumn, type Kept, type PendingReferences, type RejectedRow, checkTable } from "./check-rows.js";
import { type DossierIndex, type ReferenceRule, dossierReferenceFault } from "./references.js";
import type { Fault } from "./report.js";

/** Where the rows of each export go once checked, one at a time, in file order, with the name of their file. */
export interface KeptRowSinks {
  dossier: (row: Kept<Dossier>, file: string) => void;
  paiement: (row: Kept<Paiement>, file: string) => void;
  idee: (row: Kept<Idee>, file: string) => void;
  marqueur: (row: Kept<Marqueur>, file: string) => void;
}

/**
 * One export checked on its own. Rows referring to dossiers were handed to their sink before the dossiers were known:
 * settleExports decides which stay kept. Plain data only, so that it can come back from a worker thread.
 */
export interface ExportCheck {
  kind: ExportKind;
  file: string;
  format: string;
  /** Records read (header and all-empty records excluded). */
  read: number;
  /** Rows handed to a sink (before references are settled). */
  kept: number;
  rejected: RejectedRow[];
  extraColumns: string[];
  pending: PendingReferences;
  /** For `dossiers`: what the other exports' references are checked against. */
  dossiers?: Omit<DossierIndex, "file">;
  /** For `enveloppes`: the kept budget lines (a few). */
  enveloppes?: Kept<Enveloppe>[];
}

export interface CheckExportOptions {
  limits: Limits;
  /** Receives progress lines meant for stderr. */
  log?: (message: string) => void;
}

/** A dossier's identifier, whose repeats are rejected: the same rule whether all files or the dossiers alone are read. */
const DOSSIER_KEY: KeyColumn = { field: "id", header: "N° dossier" };

/** The references of each export to the dossiers: the values a row records, and the faults they make. */
export const REFERENCE_RULES = {
  paiements: {
    keys: (p: Paiement) => [p.dossier],
    faults: (index, [dossier]) => present([dossierReferenceFault(index, dossier!, "N° dossier")])
  } satisfies ReferenceRule<Paiement>,
  suivi: {
    keys: (i: Idee) => [i.dossierEvenement, i.dossierExperimentation],
    faults: (index, [evenement, experimentation]) =>
      present([
        dossierReferenceFault(index, evenement!, "N° dossier événement", EVENT),
        experimentation === null || experimentation === undefined ? undefined : dossierReferenceFault(index, experimentation, "N° dossier expérimentation")
      ])
  } satisfies ReferenceRule<Idee>,
  marqueurs: {
    keys: (m: Marqueur) => [m.dossier],
    faults: (index, [dossier]) => present([dossierReferenceFault(index, dossier!, "N° dossier", AMI)])
  } satisfies ReferenceRule<Marqueur>
} as const;

/**
 * Reads and checks one export file, streaming each row without fault to its sink; throws LoadError on a fatal
 * problem (missing column, undecodable file). Needs no other file, so exports can be checked in any order or thread.
 */
export async function checkExport(kind: ExportKind, path: string, sinks: KeptRowSinks, options: CheckExportOptions): Promise<ExportCheck> {
  const log = options.log ?? (() => {});
  const check = async <S extends z.ZodType>(specs: readonly ColumnSpec[], schema: S, checkOptions: Omit<CheckOptions<z.output<S>>, "onProgress">): Promise<ExportCheck> => {
    const table = await openTable(path, options.limits);
    const checked = await checkTable(table, specs, schema, { ...checkOptions, onProgress: (done) => log(`${table.file} : ${done} lignes validées`) });
    const { file, format, read, kept, rejected, pending } = checked;
    return { kind, file, format, read, kept, rejected, pending, extraColumns: checked.binding.extra, ...(kind === "dossiers" ? { dossiers: { kept: dispositifs, rejectedLines: checked.rejectedKeys } } : {}) };
  };
  const dispositifs = new Map<string, Dispositif>();
  switch (kind) {
    case "dossiers":
      return check(DOSSIER_COLUMNS, dossierSchema, {
        key: DOSSIER_KEY,
        keep: (d, file) => {
          dispositifs.set(d.id, d.dispositif);
          sinks.dossier(d, file);
        }
      });
    case "paiements":
      return check(PAIEMENT_COLUMNS, paiementSchema, { keep: sinks.paiement, key: { field: "mandat", header: "N° mandat" }, referenceKeys: REFERENCE_RULES.paiements.keys });
    case "suivi":
      return check(IDEE_COLUMNS, ideeSchema, { keep: sinks.idee, key: { field: "id", header: "N° idée" }, referenceKeys: REFERENCE_RULES.suivi.keys });
    case "marqueurs":
      return check(MARQUEUR_COLUMNS, marqueurSchema, { keep: sinks.marqueur, referenceKeys: REFERENCE_RULES.marqueurs.keys });
    case "enveloppes": {
      const enveloppes: Kept<Enveloppe>[] = [];
      return { ...(await check(ENVELOPPE_COLUMNS, enveloppeSchema, { keep: (e) => enveloppes.push(e) })), enveloppes };
    }
  }
}

function present(faults: (Fault | undefined)[]): Fault[] {
  return faults.filter((f): f is Fault => f !== undefined);
}
