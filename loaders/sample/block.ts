import type { TerritoryReference } from "../territory/index.js";
import { generateAmi } from "./ami.js";
import { plantAnomalies } from "./anomalies.js";
import type { BlockContext } from "./block-context.js";
import type { CommunePicker } from "./commune-picker.js";
import { generateEvents } from "./events.js";
import { generateExperiments } from "./experiments.js";
import { type Counters, assignIdentifiers } from "./identifiers.js";
import { generateIdeas } from "./ideas.js";
import { createRng } from "./prng.js";
import { type MonthlyMoves, plantMonthlyMoves } from "./monthly-exports.js";
import type { Block } from "./records.js";
import { generateStructures } from "./structures.js";
import { generateTiersLieux } from "./tiers-lieux.js";

/** Rows per block of each kind: the scale-1 sample is one block, scale N is N blocks. */
export const BLOCK_SIZE = {
  events: 90,
  experiments: 24,
  structures: 12,
  ami: 34,
  /** Ideas, one of which is a deliberate bad row. */
  ideas: 399
} as const;

/** One block of the sample (≈ 200 dossiers), fully determined by the seed and the block's index, with the moves between the monthly exports. */
export function generateBlock(seed: string, index: number, reference: TerritoryReference, communes: CommunePicker, counters: Counters): Block & { moves: MonthlyMoves } {
  const ctx: BlockContext = { block: index, rng: createRng(`${seed}:block:${index}:content`), reference, communes };
  const events = generateEvents(ctx, BLOCK_SIZE.events);
  const ideas = generateIdeas(ctx, events.dossiers, BLOCK_SIZE.ideas);
  const experiments = generateExperiments(ctx, ideas, BLOCK_SIZE.experiments);
  const structures = generateStructures(ctx, BLOCK_SIZE.structures);
  const tiersLieux = generateTiersLieux(ctx);
  const ami = generateAmi(ctx, BLOCK_SIZE.ami);
  const block: Block = {
    dossiers: [...events.dossiers, ...experiments.dossiers, ...structures.dossiers, ...tiersLieux.dossiers, ...ami.dossiers],
    payments: [...events.payments, ...experiments.payments, ...structures.payments, ...tiersLieux.payments],
    ideas,
    markers: ami.markers
  };
  plantAnomalies(ctx, block);
  // Planted at every scale, so that a single export at scale N is N times the last monthly export.
  const moves = plantMonthlyMoves(block);
  return { ...assignIdentifiers(block, counters), moves };
}
