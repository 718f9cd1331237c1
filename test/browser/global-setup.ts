// Runs once before the browser tests (vitest project "browser"): builds the site three times at the same time, from
// the embedded sample, from a copy of it whose personal columns hold markers, and (public edition) from that copy
// with planted rows, and serves the first on 127.0.0.1. A failed build does not stop vitest: its error is handed to the tests, which fail with it.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { serveSite } from "../../loaders/serve/static-server.js";
import { REPO_ROOT, buildSite } from "./build-site.js";
import { markedSample } from "./marked-sample.js";
import { plantPublicMarkers } from "./public-markers.js";

/** A build handed to the tests: where it is, or why there is none. */
export interface ProvidedBuild {
  dist: string | null;
  error: string | null;
  seconds: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The site built from data/sample, served at `sampleSiteUrl`. */
    sampleSite: ProvidedBuild;
    sampleSiteUrl: string | null;
    /** The site built from the copy of data/sample with marked personal columns, and the markers. */
    markedSite: ProvidedBuild;
    markers: string[];
    /** The public edition, built from the marked exports with the rows of public-markers.ts planted in them. */
    publicSite: ProvidedBuild;
    publicData: string;
  }
}

/** Where the screenshots go (git-ignored). */
export const SCREENSHOT_DIR = join(REPO_ROOT, "test", "output", "screenshots");

function provided(result: PromiseSettledResult<{ dist: string; seconds: number }>): ProvidedBuild {
  return result.status === "fulfilled"
    ? { dist: result.value.dist, error: null, seconds: result.value.seconds }
    : { dist: null, error: result.reason instanceof Error ? result.reason.message : String(result.reason), seconds: 0 };
}

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return provideSites(project);
}

/** Builds both sites (`prepare` may change their copies of src/, see buildSite), serves the sample one, hands them to the tests. */
export async function provideSites(project: TestProject, prepare?: (workspace: string) => Promise<void>): Promise<() => Promise<void>> {
  await rm(SCREENSHOT_DIR, { recursive: true, force: true });
  const marked = await markedSample(join(REPO_ROOT, "data", "sample"));
  const planted = await mkdtemp(join(tmpdir(), "inspir-public-"));
  await cp(marked.dir, planted, { recursive: true });
  await plantPublicMarkers(planted);
  const [sample, markedBuild, publicBuild] = await Promise.allSettled([
    // INSPIR_BROWSER_DATA builds the "sample" site from other exports, to try the explorer's tests at scale.
    buildSite("sample", process.env.INSPIR_BROWSER_DATA ? resolve(process.env.INSPIR_BROWSER_DATA) : undefined, prepare),
    buildSite("marked", marked.dir, prepare),
    buildSite("public", planted, prepare, "public")
  ]);
  for (const [name, result] of [["sample", sample], ["marked", markedBuild], ["public", publicBuild]] as const) {
    console.log(result.status === "fulfilled" ? `browser tests: ${name} site built in ${result.value.seconds.toFixed(0)} s` : `browser tests: ${name} site build FAILED`);
  }
  const sampleSite = provided(sample);
  const server = sampleSite.dist ? await serveSite(sampleSite.dist) : null;
  project.provide("sampleSite", sampleSite);
  project.provide("sampleSiteUrl", server?.url ?? null);
  project.provide("markedSite", provided(markedBuild));
  project.provide("markers", marked.markers);
  project.provide("publicSite", provided(publicBuild));
  project.provide("publicData", planted);

  return async () => {
    server?.server.close();
    const workspaces = [sample, markedBuild, publicBuild].flatMap((r) => (r.status === "fulfilled" ? [r.value.workspace] : []));
    await Promise.all([marked.dir, planted, ...workspaces].map((dir) => rm(dir, { recursive: true, force: true })));
  };
}
