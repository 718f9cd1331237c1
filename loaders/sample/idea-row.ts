import { excelSerial, frenchDate, isoDate } from "./calendar.js";
import { randomYesNo } from "./french-format.js";
import type { Rng } from "./prng.js";
import type { Idea } from "./records.js";

/** A cell of the XLSX: text, a number, a real date (Excel serial shown as dd/mm/yyyy), or empty. */
export type XlsxCell = string | number | { date: number } | null;

/** The header of `suivi.xlsx`, with one extra numeric column the contract does not define. */
export const IDEA_HEADERS = [
  "N° idée",
  "Titre",
  "Thématique",
  "N° dossier événement",
  "Étape",
  "Abandonnée",
  "Date de mise à jour",
  "Accompagnateur",
  "N° dossier expérimentation",
  "Porteur",
  "Email",
  "Consentement publication",
  "Nb membres équipe"
] as const;

/** The update date: mostly a real date cell, sometimes typed by hand as text (French or ISO). */
function renderUpdated(rng: Rng, day: number | null): XlsxCell {
  if (day === null) return null;
  const style = rng.weighted([["date", 85], ["french", 10], ["iso", 5]] as const);
  if (style === "date") return { date: excelSerial(day) };
  return style === "french" ? frenchDate(day) : isoDate(day);
}

/** The cells of one `suivi.xlsx` row, in IDEA_HEADERS order (N° idée and team size are number cells). */
export function renderIdea(rng: Rng, idea: Idea): XlsxCell[] {
  return [
    idea.id,
    idea.title,
    idea.theme,
    idea.event.id,
    idea.stage,
    randomYesNo(rng, idea.abandoned),
    renderUpdated(rng, idea.updated),
    idea.accompanist,
    idea.experiment?.id ?? null,
    idea.holder,
    idea.email || null,
    randomYesNo(rng, idea.consent),
    idea.members
  ];
}
