import { z } from "zod";
import type { ColumnSpec } from "./columns.js";
import * as f from "./fields.js";
import { ACCOMPAGNATEURS, STAGES } from "./vocabulary.js";

/** The columns of `suivi` (one idea per row). */
export const IDEE_COLUMNS = [
  { field: "id", header: "N° idée", required: true },
  { field: "dossierEvenement", header: "N° dossier événement", required: true },
  { field: "titre", header: "Titre", required: false },
  { field: "thematique", header: "Thématique", required: false },
  { field: "etape", header: "Étape", required: true },
  { field: "abandonnee", header: "Abandonnée", required: false },
  { field: "dateMiseAJour", header: "Date de mise à jour", required: false },
  { field: "accompagnateur", header: "Accompagnateur", required: false },
  { field: "dossierExperimentation", header: "N° dossier expérimentation", required: false },
  { field: "porteur", header: "Porteur", required: false },
  { field: "email", header: "Email", required: false },
  { field: "consentement", header: "Consentement publication", required: false }
] as const satisfies readonly ColumnSpec[];

/** One row of `suivi`. */
export const ideeSchema = z.object({
  id: f.requiredText,
  dossierEvenement: f.requiredText,
  titre: f.text,
  thematique: f.text,
  etape: f.requiredEnum(STAGES),
  abandonnee: f.yesNo,
  dateMiseAJour: f.date,
  accompagnateur: f.optionalEnum(ACCOMPAGNATEURS),
  dossierExperimentation: f.text,
  porteur: f.text,
  email: f.text,
  consentement: f.yesNo
});

/** A kept idea. */
export type Idee = z.output<typeof ideeSchema>;
