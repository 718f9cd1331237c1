import { inject } from "vitest";
import config from "../../observablehq.config.js";

/** A page of the site's navigation. */
export interface SitePage {
  name: string;
  path: string;
}

type ConfigPage = { name: string; path: string } | { name: string; pages: readonly ConfigPage[] };

/** Every page of a Framework `pages` option, sections flattened, in order. */
export function flattenPages(pages: readonly ConfigPage[]): SitePage[] {
  return pages.flatMap((page) => ("pages" in page ? flattenPages(page.pages) : [{ name: page.name, path: page.path }]));
}

/** The pages listed in observablehq.config.ts: the browser tests visit exactly these. */
export const SITE_PAGES: readonly SitePage[] = flattenPages(config.pages);

/** The site built from data/sample and its address; throws the build's error when it failed. */
export function sampleSite(): { dist: string; url: string } {
  const { dist, error } = inject("sampleSite");
  const url = inject("sampleSiteUrl");
  if (!dist || !url) throw new Error(error ?? "the sample site was not built");
  return { dist, url };
}

/** The site built from the copy of data/sample whose personal columns hold markers, and those markers. */
export function markedSite(): { dist: string; markers: string[] } {
  const { dist, error } = inject("markedSite");
  if (!dist) throw new Error(error ?? "the marked site was not built");
  return { dist, markers: inject("markers") };
}

/** The public edition built from the marked exports with planted rows, and the folder of those exports. */
export function publicSite(): { dist: string; data: string } {
  const { dist, error } = inject("publicSite");
  if (!dist) throw new Error(error ?? "the public edition was not built");
  return { dist, data: inject("publicData") };
}
