import type { ReviewPage, ReviewYear } from "../../loaders/site/review-page.js";
import { parseReviewKey } from "./review-key.js";

/** One review (a year, for the region or a département) and the closest earlier one of the same territory to compare it with (null for the first year). */
export interface SelectedReview {
  review: ReviewYear;
  previous: ReviewYear | null;
  /** Every review of the same territory, ascending: the trend. */
  reviews: ReviewYear[];
  /** The département's code, null for the region. */
  departement: string | null;
  /** EPCI of the territory (the region's 92, or those with a commune in the département). */
  epciTotal: number;
}

/** The review of a route parameter (`"2017"`, `"2017-02"`) and the one before it; null when the exports have no such review. */
export function selectReview(page: Pick<ReviewPage, "reviews" | "departements" | "epciTotal">, key: string | number): SelectedReview | null {
  const parsed = parseReviewKey(String(key));
  if (!parsed) return null;
  const territory =
    parsed.departement === null ? { reviews: page.reviews, epciTotal: page.epciTotal } : page.departements.find((d) => d.code === parsed.departement);
  if (!territory) return null;
  const index = territory.reviews.findIndex((r) => r.year === parsed.year);
  if (index < 0) return null;
  return {
    review: territory.reviews[index]!,
    previous: index > 0 ? territory.reviews[index - 1]! : null,
    reviews: territory.reviews,
    departement: parsed.departement,
    epciTotal: territory.epciTotal
  };
}
