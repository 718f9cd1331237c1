import type { BlockContext } from "./block-context.js";
import { type Day, EXPORT_DAY } from "./calendar.js";
import { fakeEmail, randomPerson } from "./people.js";
import { type Dossier, type Idea, STAGES, type Stage } from "./records.js";
import type { Accompaniment } from "./schemes.js";
import { IDEA_TITLES, THEMES, type Theme } from "./vocabulary.js";

/** Share of ideas whose furthest stage is each of the six stages: a decreasing funnel. */
const STAGE_WEIGHTS: readonly number[] = [44, 25, 14, 9, 6, 2];
/** Days after the event before an idea can reach each stage (maturing takes time). */
const STAGE_MIN_DAYS: readonly number[] = [0, 15, 60, 150, 270, 450];
/** Probability that a team stopped at each stage (the right to fail). */
const ABANDON_RATE: readonly number[] = [0.35, 0.3, 0.25, 0.18, 0.12, 0.06];

/** Stage index of an idea, drawn from the funnel and capped by the time elapsed since its event. */
function drawStage(ctx: BlockContext, eventDay: Day): number {
  const drawn = ctx.rng.weighted(STAGE_WEIGHTS.map((w, i) => [i, w] as const));
  let stage = drawn;
  while (stage > 0 && eventDay + (STAGE_MIN_DAYS[stage] ?? 0) > EXPORT_DAY) stage--;
  return stage;
}

/** Events that produce ideas: counted (labelled, voted, closed) and held at least two weeks before the export. */
export function ideaSources(events: readonly Dossier[]): Dossier[] {
  return events.filter(
    (e) => (e.status === "Labellisé" || e.status === "Voté" || e.status === "Soldé") && e.action !== null && e.action <= EXPORT_DAY - 14
  );
}

/** One idea that came out of an event. */
export function generateIdea(ctx: BlockContext, event: Dossier): Idea {
  const { rng } = ctx;
  const eventDay = event.action ?? event.deposit;
  const stageIndex = drawStage(ctx, eventDay);
  const stage = STAGES[stageIndex] as Stage;
  const theme = (event.theme !== null && rng.chance(0.7) ? event.theme : rng.pick(THEMES)) as Theme;
  const person = randomPerson(rng);
  const earliest = eventDay + (STAGE_MIN_DAYS[stageIndex] ?? 0);
  const accompanist: Accompaniment | null =
    stageIndex === 0 && rng.chance(0.5) ? null : rng.chance(0.8) ? event.accompaniment : rng.pick(["Organisateur", "Structure tierce", "HDFID"] as const);
  return {
    id: 0,
    event,
    title: rng.pick(IDEA_TITLES[theme]),
    theme,
    stage,
    abandoned: rng.chance(ABANDON_RATE[stageIndex] ?? 0),
    updated: rng.chance(0.97) ? rng.int(earliest, EXPORT_DAY) : null,
    accompanist,
    experiment: null,
    holder: `${person.first} ${person.last}`,
    email: rng.chance(0.85) ? fakeEmail(rng, `${person.first} ${person.last}`) : "",
    // Publication on the Innovation Store needs the team's consent.
    consent: stageIndex >= 1 ? rng.chance(0.95) : rng.chance(0.4),
    members: rng.int(2, 8)
  };
}

/** `count` ideas spread over the source events in proportion to their attendance. */
export function generateIdeas(ctx: BlockContext, events: readonly Dossier[], count: number): Idea[] {
  const sources = ideaSources(events);
  if (sources.length === 0) return [];
  const weighted = sources.map((e) => [e, e.participants ?? 60] as const);
  const ideas: Idea[] = [];
  for (let i = 0; i < count; i++) ideas.push(generateIdea(ctx, ctx.rng.weighted(weighted)));
  return ideas;
}
