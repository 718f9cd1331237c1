import type { TerritoryReference } from "../territory/index.js";
import type { CommunePicker } from "./commune-picker.js";
import type { Rng } from "./prng.js";

/** What every scheme generator of one block shares: its random source and the territory. */
export interface BlockContext {
  /** The block's index (0 for the scale-1 sample). */
  block: number;
  /** Content randomness (amounts, statuses, dates…); format quirks use another stream. */
  rng: Rng;
  reference: TerritoryReference;
  communes: CommunePicker;
}

/** The name of an EPCI of the reference. */
export function epciName(ctx: BlockContext, siren: string): string {
  return ctx.reference.epci.get(siren)?.name ?? siren;
}
