import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { launchChromium } from "../../loaders/serve/chromium.js";
import { serveSite } from "../../loaders/serve/static-server.js";

/** What the dossier explorer of one built site weighs and how fast it answers in Chromium (bytes, milliseconds). */
export interface ExplorerBench {
  /** The page's first data load: the index. */
  indexBytes: number;
  largestRowPiece: number;
  largestDetailPiece: number;
  allRowPieces: number;
  /** From the first search typed to its answer on screen, the pieces of rows fetched and the table built. */
  firstSearchMs: number;
  /** Each later search or filter: arquero's time, and the time until the list is on screen. */
  queries: { name: string; queryMs: number; shownMs: number }[];
}

/** The searches and filters timed once every piece is loaded, as address changes through the filter bar. */
const QUERIES: { name: string; field: string; value: string }[] = [
  { name: "search « numerique »", field: "q", value: "numerique" },
  { name: "search « coeur flandre »", field: "q", value: "coeur flandre" },
  { name: "filter département 59", field: "departement", value: "59" },
  { name: "filter dispositif événement", field: "dispositif", value: "evenement" },
  { name: "filter with an alert", field: "regle", value: "toutes" },
  { name: "sort by engaged", field: "tri", value: "engage" }
];

/** Sizes of the explorer's files in a built site. */
async function pieceSizes(dist: string): Promise<Pick<ExplorerBench, "indexBytes" | "largestRowPiece" | "largestDetailPiece" | "allRowPieces">> {
  const folder = join(dist, "_file", "data", "dossiers");
  const sizes = await Promise.all((await readdir(folder)).map(async (name) => ({ name, size: (await stat(join(folder, name))).size })));
  const of = (prefix: string) => sizes.filter((s) => s.name.startsWith(prefix)).map((s) => s.size);
  return {
    indexBytes: Math.max(0, ...of("index.")),
    largestRowPiece: Math.max(0, ...of("rows-")),
    largestDetailPiece: Math.max(0, ...of("details-")),
    allRowPieces: of("rows-").reduce((a, b) => a + b, 0)
  };
}

/** Serves the built site `dist`, opens its explorer in Chromium and times a first search, then each of QUERIES. */
export async function measureExplorer(dist: string): Promise<ExplorerBench> {
  const sizes = await pieceSizes(dist);
  const { server, url } = await serveSite(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL("/dossiers", url).href, { waitUntil: "networkidle" });
    await page.waitForSelector(".explorer-result");
    // Waits for the list answering `search`, and returns arquero's time for it.
    const answered = async (search: string) => {
      await page.waitForFunction((s) => location.search === s && document.querySelector(".explorer-result")?.getAttribute("data-search") === s, search, { timeout: 600_000 });
      return Number(await page.getAttribute(".explorer-result", "data-query-ms"));
    };
    let started = Date.now();
    await page.fill("input[name=q]", "lille");
    await answered("?q=lille");
    const firstSearchMs = Date.now() - started;
    await page.fill("input[name=q]", "");
    await answered("");
    const queries: ExplorerBench["queries"] = [];
    for (const q of QUERIES) {
      const search = `?${new URLSearchParams({ [q.field]: q.value })}`;
      started = Date.now();
      if (q.field === "q") await page.fill("input[name=q]", q.value);
      else await page.selectOption(`select[name=${q.field}]`, q.value);
      const queryMs = await answered(search);
      // The search box waits for typing to pause before it writes the address: that pause is not the query's.
      queries.push({ name: q.name, queryMs, shownMs: Date.now() - started - (q.field === "q" ? 150 : 0) });
      if (q.field === "q") await page.fill("input[name=q]", "");
      else await page.selectOption(`select[name=${q.field}]`, "");
      await answered("");
    }
    return { ...sizes, firstSearchMs, queries };
  } finally {
    await browser.close();
    server.close();
  }
}
