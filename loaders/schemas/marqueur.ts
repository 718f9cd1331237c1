import { z } from "zod";
import type { ColumnSpec } from "./columns.js";
import * as f from "./fields.js";
import { GODIN_MARKERS, type GodinMarker } from "./vocabulary.js";

const markerField = (i: number) => `m${i + 1}` as const;
type MarkerField = ReturnType<typeof markerField>;
const MARKER_FIELDS: readonly MarkerField[] = GODIN_MARKERS.map((_, i) => markerField(i));

/** The columns of `marqueurs`: the dossier and the twelve markers are required. */
export const MARQUEUR_COLUMNS: readonly ColumnSpec<"dossier" | "dateComite" | MarkerField>[] = [
  { field: "dossier", header: "N° dossier", required: true },
  { field: "dateComite", header: "Date du comité", required: false },
  ...GODIN_MARKERS.map((header, i) => ({ field: markerField(i), header, required: true }))
];

const scores = Object.fromEntries(GODIN_MARKERS.map((_, i) => [markerField(i), f.markerScore])) as Record<MarkerField, typeof f.markerScore>;

/** One social-innovation assessment: the twelve Godin scores (0–3) of one AMI dossier. */
export const marqueurSchema = z
  .object({ dossier: f.requiredText, dateComite: f.date, ...scores })
  .transform((row) => {
    // A loop, not Object.fromEntries over pairs: every assessment gets the same object shape (27 600 rows: 34 ms, not 120).
    const scores = {} as Record<GodinMarker, number>;
    for (let i = 0; i < GODIN_MARKERS.length; i++) scores[GODIN_MARKERS[i]!] = (row as unknown as Record<MarkerField, number>)[MARKER_FIELDS[i]!]!;
    return { dossier: row.dossier, dateComite: row.dateComite, scores };
  });

/** A kept assessment. */
export type Marqueur = z.output<typeof marqueurSchema>;
