import { z } from "zod";
import type { ColumnSpec } from "./columns.js";
import * as f from "./fields.js";
import { GODIN_MARKERS, type GodinMarker } from "./vocabulary.js";

const markerField = (i: number) => `m${i + 1}` as const;
type MarkerField = ReturnType<typeof markerField>;

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
  .transform((row) => ({
    dossier: row.dossier,
    dateComite: row.dateComite,
    scores: Object.fromEntries(GODIN_MARKERS.map((m, i) => [m, (row as unknown as Record<MarkerField, number>)[markerField(i)]])) as Record<GodinMarker, number>
  }));

/** A kept assessment. */
export type Marqueur = z.output<typeof marqueurSchema>;
