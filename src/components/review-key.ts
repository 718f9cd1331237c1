// A review is a year, for the whole region or one département: the same key names its route (the site) and its PDF (the command).

/** The route parameter of a review: `2017` for the region, `2017-02` for the Aisne. */
export function reviewKey(year: number, departement: string | null): string {
  return departement === null ? String(year) : `${year}-${departement}`;
}

/** A route parameter read back: its year and département (null for the region); null when it is not one. */
export function parseReviewKey(key: string): { year: number; departement: string | null } | null {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(key.trim());
  return match ? { year: Number(match[1]), departement: match[2] ?? null } : null;
}
