// The public edition (npm run build:public), built from exports with planted rows: it publishes the aggregates, the
// reviews and the open data, and nothing of the alerts, the rejected rows or the dossiers the SCDL file does not name.
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALERT_RULES } from "../../loaders/alerts/rules.js";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";
import { loadDataFolder } from "../../loaders/load/load-data-folder.js";
import { launchChromium } from "../../loaders/serve/chromium.js";
import { serveSite } from "../../loaders/serve/static-server.js";
import { VOTED_STATUTS } from "../../loaders/schemas/vocabulary.js";
import { findStrings } from "./dist-strings.js";
import { MARKER_PREFIX } from "./marked-sample.js";
import { auditPage, auditProblems } from "./page-audit.js";
import { scanForPersonal } from "./personal-scan.js";
import { ALERT_DOSSIER, PUBLIC_MARKER_PREFIXES } from "./public-markers.js";
import { markedSite, publicSite } from "./site.js";
import { SCREENSHOT_DIR } from "./global-setup.js";

/** What the planted exports hold that the public edition must not: alert messages, rejected values, unvoted dossiers. */
let planted: { messages: string[]; rejected: string[]; unvoted: string[]; alertDossiers: string[] };

beforeAll(async () => {
  const { data } = publicSite();
  planted = await withConnection(":memory:", async (c) => {
    await loadDataFolder(c, data);
    const column = async (sql: string) => (await queryRows<{ v: string }>(c, sql)).map((r) => r.v);
    return {
      messages: await column("SELECT DISTINCT message AS v FROM alerts ORDER BY 1"),
      rejected: await column("SELECT value AS v FROM rejected WHERE value ILIKE '%zqx%' ORDER BY 1"),
      unvoted: await column(`SELECT id AS v FROM dossiers WHERE statut NOT IN (${VOTED_STATUTS.map((s) => `'${s}'`).join(", ")}) ORDER BY 1`),
      alertDossiers: await column("SELECT DISTINCT dossier_id AS v FROM alerts ORDER BY 1")
    };
  });
});

describe("the public edition", () => {
  it("was built from exports that really hold the planted alerts, rejected values and unvoted dossiers", () => {
    expect(planted.rejected).toEqual(["RJZQX-D-99", "rjzqx-commune", "rjzqx-date"]);
    expect(planted.unvoted).toEqual(expect.arrayContaining(["UVZQX-D-01", "UVZQX-D-02", "UVZQX-D-03"]));
    expect(planted.alertDossiers).toContain(ALERT_DOSSIER);
    expect(planted.messages.length).toBeGreaterThan(10);
  });

  it("has the aggregate pages, the reviews and the open data, and no data-quality page", () => {
    const files = readdirSync(publicSite().dist, { recursive: true, encoding: "utf8" });
    for (const page of ["index.html", "budget.html", "territoires.html", "open-data.html", "bilan/2018.html"]) expect(files).toContain(page);
    // The budget page keeps the quality data's envelope source; the rejected rows are searched for below.
    expect(files.filter((f) => /qualite.*\.html$/.test(f))).toEqual([]);
  });

  it("holds no alert message or rule code, no rejected value, no planted or unvoted dossier number (ZIP archives opened)", async () => {
    const needles = [...PUBLIC_MARKER_PREFIXES, ...planted.messages, ...ALERT_RULES.map((r) => r.code), ...planted.rejected, ...planted.unvoted];
    expect(await findStrings(publicSite().dist, needles)).toEqual([]);
  });

  it("is searched by a search that finds the alerts and the rule codes in the full edition of the same exports", async () => {
    const found = new Set((await findStrings(markedSite().dist, [...planted.messages, "TL_SAME_EPCI"])).map((f) => f.needle));
    expect(found).toContain("TL_SAME_EPCI");
    expect(planted.messages.filter((m) => found.has(m)).length).toBeGreaterThan(5);
  });

  it("holds no personal value, e-mail address or phone number", async () => {
    expect(await scanForPersonal(publicSite().dist, MARKER_PREFIX)).toEqual([]);
  });
});

describe("the public edition in Chromium", () => {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    await mkdir(join(SCREENSHOT_DIR, "public"), { recursive: true });
    server = await serveSite(publicSite().dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.server.close();
  });

  it("loads every page with no request outside its origin, no error, no serious axe violation and no link to a page it left out", async () => {
    const pages = readdirSync(publicSite().dist, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".html") && f !== "404.html")
      .map((f) => `/${f.replace(/(index)?\.html$/, "")}`)
      .sort();
    expect(pages.length).toBeGreaterThan(8);
    const problems: string[] = [];
    const dist = publicSite().dist;
    // A link of the edition leads to one of its files: the pages it left out (the explorer, the quality page) are not linked to.
    const missingTarget = (href: string) => {
      const url = new URL(href);
      if (!/^https?:$/.test(url.protocol) || url.origin !== new URL(server!.url).origin) return false;
      const path = decodeURIComponent(url.pathname).replace(/^\//, "");
      return ![path, `${path}.html`, join(path, "index.html")].some((file) => file !== "" && existsSync(join(dist, file)) && statSync(join(dist, file)).isFile()) && path !== "";
    };
    // Two pages at a time: Chromium and axe then keep both cores busy, no more.
    for (let i = 0; i < pages.length; i += 2) {
      const audits = await Promise.all(pages.slice(i, i + 2).map(async (path) => ({ path, audit: await auditPage(browser!, server!.url, path, "light", join(SCREENSHOT_DIR, "public")) })));
      for (const { path, audit } of audits) {
        problems.push(...auditProblems(audit, server!.url).map((p) => `${path}: ${p}`));
        for (const link of audit.links.filter(missingTarget)) problems.push(`${path}: link to a page the edition does not have: ${link}`);
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);
});
