import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { firstDifference } from "./database-content.js";

const SAMPLE = fileURLToPath(new URL("../../data/sample", import.meta.url));

describe("npm run indicators is deterministic", () => {
  it("prints byte-identical JSON for the same exports, run twice at the same time and in another time zone", async () => {
    const [first, second] = await Promise.all([
      runCli("indicators", ["--data", SAMPLE]),
      runCli("indicators", ["--data", SAMPLE], { TZ: "America/Los_Angeles" })
    ]);
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(JSON.parse(first.stdout).files).toHaveLength(5);
    expect(firstDifference(first.stdout, second.stdout)).toBeNull();
  });
});
