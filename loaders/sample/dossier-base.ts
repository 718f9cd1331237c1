import type { Commune } from "../territory/index.js";
import { type BlockContext, epciName } from "./block-context.js";
import type { Day } from "./calendar.js";
import { organisationContact, organisationName } from "./organisations.js";
import type { Dossier } from "./records.js";
import type { Nature, Scheme } from "./schemes.js";
import { randomSiret } from "./siret.js";
import { INTERNAL_COMMENTS } from "./vocabulary.js";

/** Where an action takes place: a commune and the code the export gives for it. */
export interface Place {
  commune: Commune;
  code: string;
}

/** A commune drawn by population; about 3 % of the time written with a former (délégué/associé) code, as old records are. */
export function pickPlace(ctx: BlockContext): Place {
  if (ctx.rng.chance(0.03)) {
    const former = ctx.rng.pick(ctx.communes.formerCodes);
    return { commune: former.commune, code: former.code };
  }
  const commune = ctx.communes.pick(ctx.rng);
  return { commune, code: commune.code };
}

/**
 * A former code whose current commune lies in another département (`02285` Escaufourt, now part of Saint-Souplet, Nord):
 * the versant must come from the current commune, not from the code's first digits.
 */
export function crossBorderPlace(ctx: BlockContext): Place | null {
  const former = ctx.communes.formerCodes.find((f) => !f.code.startsWith(f.commune.departement));
  return former ? { commune: former.commune, code: former.code } : null;
}

/** A dossier with the fields every scheme shares filled in, and the scheme-specific ones empty. */
export function baseDossier(ctx: BlockContext, scheme: Scheme, place: Place, nature: Nature, title: string, deposit: Day, name?: string): Dossier {
  const { rng } = ctx;
  const beneficiary = name ?? organisationName(rng, nature, place.commune, epciName(ctx, place.commune.epciSiren));
  return {
    id: "",
    scheme,
    title,
    beneficiary,
    nature,
    // Organisations nearly always give their SIRET; a few first-time applicants leave it out.
    siret: rng.chance(0.95) ? randomSiret(rng) : null,
    commune: place.commune,
    communeCode: place.code,
    status: "Déposé",
    deposit,
    vote: null,
    action: null,
    labellisation: null,
    cost: null,
    requested: null,
    votedFonct: 0,
    votedInvest: 0,
    qpv: null,
    publicQpv: null,
    accompaniment: null,
    participants: null,
    year: null,
    functions: null,
    contact: organisationContact(rng, beneficiary),
    comment: rng.chance(0.15) ? rng.pick(INTERNAL_COMMENTS) : "",
    theme: null
  };
}

/** A dossier is voted with a SIRET: the SIRET becomes mandatory, so give one if it was left out. */
export function ensureSiret(ctx: BlockContext, dossier: Dossier): void {
  if (dossier.siret === null && dossier.votedFonct + dossier.votedInvest > 0) dossier.siret = randomSiret(ctx.rng);
}
