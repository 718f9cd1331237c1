import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { afterEach, describe, expect, it, vi } from "vitest";
import { siteArchive } from "../../loaders/site/site-archive.js";
import { firstDifference } from "./database-content.js";

const SAMPLE = fileURLToPath(new URL("../../data/sample", import.meta.url));

/** Which entries of two site archives differ, and where: null when both hold the same files with the same text. */
async function entryDifferences(a: Uint8Array, b: Uint8Array): Promise<string | null> {
  const [za, zb] = await Promise.all([JSZip.loadAsync(a), JSZip.loadAsync(b)]);
  const names = [...new Set([...Object.keys(za.files), ...Object.keys(zb.files)])].sort();
  const out: string[] = [];
  for (const name of names) {
    const [ta, tb] = await Promise.all([za.file(name)?.async("string"), zb.file(name)?.async("string")]);
    if (ta === undefined || tb === undefined) out.push(`${name}: only in the ${ta === undefined ? "second" : "first"} archive`);
    else {
      const pretty = (t: string) => JSON.stringify(JSON.parse(t), null, 1);
      const d = firstDifference(pretty(ta), pretty(tb));
      if (d) out.push(`${name}: ${d}`);
    }
  }
  return out.length ? out.join("\n") : null;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the site data is deterministic", () => {
  it("gives a byte-identical archive for the same exports, whatever the clock says", async () => {
    // The first build believes it is another day and year: nothing in the archive may depend on the clock.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-05-17T23:59:58Z"));
    const first = await siteArchive({ dataDir: SAMPLE });
    vi.useRealTimers();
    const second = await siteArchive({ dataDir: SAMPLE });
    expect(first.length).toBeGreaterThan(1000);
    if (!Buffer.from(first).equals(Buffer.from(second))) {
      expect.fail(`the two archives differ:\n${(await entryDifferences(first, second)) ?? "same entries and texts, different ZIP bytes (entry dates, order or compression)"}`);
    }
  });
});
