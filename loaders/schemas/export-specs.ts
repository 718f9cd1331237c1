import type { ExportKind } from "../read/locate-exports.js";
import { DOSSIERS } from "./dossiers.js";
import { ENVELOPPES } from "./enveloppes.js";
import type { ExportSpec } from "./export-spec.js";
import { MARQUEURS } from "./marqueurs.js";
import { PAIEMENTS } from "./paiements.js";
import { SUIVI } from "./suivi.js";

/** Every export's spec, by kind. */
export const EXPORT_SPECS: Readonly<Record<ExportKind, ExportSpec>> = {
  dossiers: DOSSIERS,
  paiements: PAIEMENTS,
  suivi: SUIVI,
  marqueurs: MARQUEURS,
  enveloppes: ENVELOPPES
};
