// Every page of the site's navigation, loaded in Chromium as a user would, in the light and dark themes.
import { mkdir } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../loaders/serve/chromium.js";
import { SCREENSHOT_DIR } from "./global-setup.js";
import { COLOR_SCHEMES, auditPage, auditProblems } from "./page-audit.js";
import config from "../../observablehq.config.js";
import { SITE_PAGES, sampleSite } from "./site.js";

// The département reviews are routes without a sidebar link: the first one stands for them all.
const DEPARTEMENT_REVIEW = config.dynamicPaths.find((path) => /^\/bilan\/\d{4}-\d{2}$/.test(path));
const AUDITED = [...SITE_PAGES, ...(DEPARTEMENT_REVIEW ? [{ name: "Bilan d’un département", path: DEPARTEMENT_REVIEW }] : [])];

let browser: Browser | undefined;

beforeAll(async () => {
  sampleSite();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("the site's navigation", () => {
  it("lists pages", () => {
    expect(SITE_PAGES.length).toBeGreaterThan(1);
    expect(SITE_PAGES.map((p) => p.path)).toContain("/");
    expect(DEPARTEMENT_REVIEW).toBeDefined();
  });
});

describe.each(AUDITED)("$name ($path)", ({ path }) => {
  // The two themes of a page at once: about a third faster on two cores than one after the other.
  it.concurrent.for(COLOR_SCHEMES)(
    "loads (HTTP 200, an h1) in the %s theme with no console error, no request off 127.0.0.1, no axe finding of any impact",
    async (scheme, { expect }) => {
      const { url } = sampleSite();
      if (!browser) throw new Error("Chromium did not start");
      const audit = await auditPage(browser, url, path, scheme, SCREENSHOT_DIR);
      expect(auditProblems(audit, url)).toEqual([]);
    },
  );
});
