import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BUILD_DATABASE_VARIABLE, prepareBuildDatabase } from "./loaders/build/build-database.js";
import { dataDirFromEnv } from "./loaders/config/data-dir.js";
import { withLoadedDatabase } from "./loaders/load/loaded-database.js";
import { reviewYearsOf } from "./loaders/review/review-years.js";
import { currentExportDate } from "./loaders/indicators/changes.js";
import { EXPORTS_DATE_META } from "./src/components/download-context.js";
import { EDITION_OUTPUT, PUBLIC_EXCLUDED_PAGES, editionFromEnv } from "./loaders/site/edition.js";
import { preparePublicRoot } from "./loaders/site/public-root.js";
import { DEPARTEMENTS } from "./loaders/territory/versant.js";
import { reviewKey } from "./src/components/review-key.js";

// INSPIR_EDITION=public (npm run build:public) builds the edition an official may publish, from a copy of src/
// without the pages it leaves out; its data loaders read the same variable and leave out alerts and rejected rows.
const edition = editionFromEnv();

/** Source root of the site, relative to the repository (Framework resolves it from the working directory). */
const root = edition === "public" ? preparePublicRoot("src", "src-public") : "src";

/** Version given to every CDN package Framework's client code names; no such version exists, so a real fetch fails loudly. */
const OFFLINE_VERSION = "0.0.0-offline";

/**
 * Names of the npm packages that Framework's own client code imports with an unversioned `npm:` specifier
 * (recommended libraries, file formats, JSX): building its client bundle asks registry.npmjs.org for their
 * latest version even when no page uses them, which fails without internet.
 */
function clientNpmPackages(): string[] {
  const clientDir = fileURLToPath(import.meta.resolve("@observablehq/framework/dist/client/main.js")).replace(/main\.js$/, "");
  const names = new Set<string>();
  for (const file of readdirSync(clientDir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".js")) continue;
    for (const [, name] of readFileSync(clientDir + file, "utf8").matchAll(/["'`]npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) {
      names.add(name!);
    }
  }
  return [...names].sort();
}

/**
 * Pins each of those packages in Framework's npm version cache (`src/.observablehq/cache/_npm/<name>@<version>/`,
 * which `npm run build` deletes first), so that the build resolves them without any network request.
 * A page that really imported one would then fail to build instead of silently loading it from a CDN.
 */
function pinClientNpmPackagesOffline(): void {
  const cache = fileURLToPath(new URL(`./${root}/.observablehq/cache/_npm/`, import.meta.url));
  for (const name of clientNpmPackages()) mkdirSync(`${cache}${name}@${OFFLINE_VERSION}`, { recursive: true });
}

pinClientNpmPackagesOffline();

// The exports the build reads (INSPIR_DATA, else the sample) are loaded once, into a DuckDB file in the build cache
// that `npm run build` clears; the data loaders Framework runs open it through this variable. Each dated export's
// own load is kept under node_modules/.cache, which outlives that cache, so that a new export is the only one loaded.
const database = await prepareBuildDatabase(dataDirFromEnv(), fileURLToPath(new URL(`./${root}/.observablehq/cache/inspir/`, import.meta.url)), {
  log: (m) => process.stderr.write(`${m}\n`),
  exportCacheDir: process.env.INSPIR_EXPORT_CACHE || fileURLToPath(new URL("./node_modules/.cache/inspir-exports/", import.meta.url))
});
process.env[BUILD_DATABASE_VARIABLE] = database;

// One annual review per year of decision found in the exports, for the region (listed in the sidebar) and for each
// département (linked from the region's review), all built from the parameterized page src/bilan/[review].md.
const reviewYears = await reviewYearsOf({ database });
const reviewPaths = reviewYears.flatMap((year) => [null, ...DEPARTEMENTS].map((departement) => `/bilan/${reviewKey(year, departement)}`));

// The date of the exports, in every page's head: each download names it (src/components/download-context.ts).
const exportsDay = (await withLoadedDatabase({ database }, currentExportDate)) ?? "";

/**
 * Runs before the body is parsed: sets the page language (Framework 1.13 has no `lang` option and writes a bare
 * `<html>`), and lets users zoom (its viewport meta has `maximum-scale=1`, which fails WCAG 1.4.4).
 */
const earlyScript = `document.documentElement.lang = "fr";
document.querySelector('meta[name="viewport"]')?.setAttribute("content", "width=device-width, initial-scale=1");`;

// The site's icon, inline: no file to serve, and no request for /favicon.ico (which the browser makes when a page names none).
const FAVICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#3b5fc0"/><path d="M9 23V9h4v14zm7 0V9h3l4 8V9h3v14h-3l-4-8v8z" fill="#fff"/></svg>')}`;

const head = `<script>${earlyScript}</script>
<meta name="description" content="Indicateurs des programmes d’innovation numérique de la Région Hauts-de-France">
<link rel="icon" href="${FAVICON}">
<meta name="${EXPORTS_DATE_META}" content="${exportsDay}">
<script type="module" src="/components/site-fonts.js"></script>
<script type="module" src="/components/framework-chrome.js"></script>`;

// No build date: the pages show the date of the exports, and the same exports must give the same site.
const footer = `Région Hauts-de-France · Mission innovation numérique — indicateurs calculés à partir des exports de la plateforme des aides et des tableaux de suivi de la Mission.`;

export default {
  root,
  title: "Indicateurs innovation numérique",
  home: "Indicateurs innovation numérique",
  output: EDITION_OUTPUT[edition],
  pages: [
    { name: "Vue d’ensemble", path: "/" },
    { name: "Budget", path: "/budget" },
    { name: "Évolutions", path: "/evolutions" },
    { name: "Territoires", path: "/territoires" },
    { name: "Idées", path: "/idees" },
    { name: "Politique de la ville", path: "/politique-ville" },
    { name: "Tiers-lieux", path: "/tiers-lieux" },
    { name: "Innovation sociale", path: "/innovation-sociale" },
    { name: "Dossiers", path: "/dossiers" },
    { name: "Qualité des données", path: "/qualite" },
    { name: "Données ouvertes", path: "/open-data" },
    { name: "Bilans annuels", pages: reviewYears.map((year) => ({ name: `Bilan ${year}`, path: `/bilan/${year}` })) }
  ].filter((page) => edition === "full" || page.path === undefined || !PUBLIC_EXCLUDED_PAGES.includes(page.path)),
  dynamicPaths: reviewPaths,
  // The custom stylesheet imports the "air" (light) and "near-midnight" (dark) themes itself.
  style: "style.css",
  // The default is a Google Fonts stylesheet (Source Serif 4); fonts are self-hosted by site-fonts.js instead.
  globalStylesheets: [],
  head,
  footer,
  toc: false,
  pager: false,
  // Framework's search has an English-only UI ("Search") and was not checked offline: off until a page needs it.
  search: false,
  // Curly apostrophes and French guillemets in the prose of the pages.
  typographer: true,
  quotes: ["«\u00a0", "\u00a0»", "‹\u00a0", "\u00a0›"],
};
