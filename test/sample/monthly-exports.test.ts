import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { queryRows } from "../../loaders/db/with-connection.js";
import { withLoadedDatabase } from "../../loaders/load/loaded-database.js";

const SAMPLE = fileURLToPath(new URL("../../data/sample", import.meta.url));

describe("the committed sample's three monthly exports", () => {
  it("move from November to December as a mission would see them", async () => {
    const changes = await withLoadedDatabase({ dataDir: SAMPLE }, (c) =>
      queryRows<{ kind: string; from_value: string | null; to_value: string | null; amount: number | null }>(c, "SELECT kind, from_value, to_value, amount FROM changes ORDER BY ALL")
    );
    const of = (kind: string) => changes.filter((c) => c.kind === kind);
    expect(of("new-dossier").length).toBeGreaterThan(0);
    expect(of("status-change")).toContainEqual(expect.objectContaining({ from_value: "En instruction", to_value: "Voté" }));
    expect(of("status-change")).toContainEqual(expect.objectContaining({ from_value: "En instruction", to_value: "Refusé" }));
    expect(of("new-payment").filter((p) => p.to_value === "Reversement" && (p.amount ?? 0) < 0)).toHaveLength(1);
    expect(of("new-alert")).toHaveLength(1);
    expect(of("resolved-alert")).toHaveLength(1);
    // The deposit typed as 31 November in the November export, corrected in December.
    expect(of("resolved-rejected")).toContainEqual(expect.objectContaining({ from_value: expect.stringContaining("date") }));
  });

  it("date their envelope: the July 2018 top-up counts from its date, the deliberation's lines from the start", async () => {
    const lines = await withLoadedDatabase({ dataDir: SAMPLE }, (c) =>
      queryRows<{ date: string | null; montant: number }>(c, "SELECT strftime(date, '%Y-%m-%d') AS date, montant FROM enveloppes ORDER BY line")
    );
    expect(lines.map((l) => l.date)).toEqual([null, null, null, null, "2018-07-19"]);
    expect(lines.reduce((a, l) => a + l.montant, 0)).toBe(700_000);
  });
});
