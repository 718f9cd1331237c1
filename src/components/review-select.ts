import type { ReviewPage, ReviewYear } from "../../loaders/site/review-page.js";

/** One year's review and the closest earlier review to compare it with (null for the first year). */
export interface SelectedReview {
  review: ReviewYear;
  previous: ReviewYear | null;
}

/** The review of `year` (a route parameter such as `"2017"`) and the one before it; null when the exports have no such year. */
export function selectReview(page: Pick<ReviewPage, "reviews">, year: string | number): SelectedReview | null {
  const index = page.reviews.findIndex((r) => String(r.year) === String(year).trim());
  if (index < 0) return null;
  return { review: page.reviews[index]!, previous: index > 0 ? page.reviews[index - 1]! : null };
}
