import type { IdeasPage, StageCounts } from "../../loaders/site/ideas-page.js";
import { ideasFunnel } from "./ideas-funnel.js";

/** The funnel of one group of ideas (an event or a theme), in counts of ideas and shares 0–1 of its emerged ideas. */
export interface IdeasGroup {
  /** Name shown on the chart and as the table's row header. */
  label: string;
  /** Second line (commune and year of an event); empty for a theme. */
  detail: string;
  /** The event's dossier number; null for a theme. */
  dossier: string | null;
  emerged: number;
  matured: number;
  maturedShare: number;
  abandoned: number;
  /** Ideas that reached each stage or a later one, in the order of the stages. */
  reached: number[];
}

/** A group's funnel figures from its counts by furthest stage. */
export function ideasGroup(label: string, detail: string, stages: readonly string[], counts: StageCounts, dossier: string | null = null): IdeasGroup {
  const funnel = ideasFunnel(stages, counts);
  return {
    label,
    detail,
    dossier,
    emerged: funnel.emerged,
    matured: funnel.matured,
    maturedShare: funnel.maturedShare,
    abandoned: funnel.abandoned,
    reached: funnel.steps.map((step) => step.reached),
  };
}

type EventRow = IdeasPage["byEvent"][number];
type ThemeRow = IdeasPage["byTheme"][number];

/** The name of an event: its title, or its dossier number when the export leaves the title empty. */
export function eventLabel(event: Pick<EventRow, "dossier" | "intitule">): string {
  const title = event.intitule?.trim();
  return title ? title : `Dossier ${event.dossier}`;
}

/** The events' funnels, most ideas first (then by label), as the loader already orders them. */
export function eventGroups(events: readonly EventRow[], stages: readonly string[]): IdeasGroup[] {
  return events
    .map((event) => ideasGroup(eventLabel(event), `${event.commune} · ${event.year}`, stages, event, event.dossier))
    .sort((a, b) => b.emerged - a.emerged || a.label.localeCompare(b.label, "fr"));
}

/** The themes' funnels in the loader's order (most ideas first, « Autres » last). */
export function themeGroups(themes: readonly ThemeRow[], stages: readonly string[]): IdeasGroup[] {
  return themes.map((theme) => ideasGroup(theme.theme, "", stages, theme));
}
