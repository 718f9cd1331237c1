import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JS_WHITESPACE, createCheckMacros } from "../../loaders/check/sql-macros.js";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";

const padding = fc.string({ unit: fc.constantFrom(...JS_WHITESPACE, "a", "é", "€"), maxLength: 6 });

describe("js_trim", () => {
  it("removes what String.prototype.trim removes, and nothing else", async () => {
    // Every character trim() removes among the BMP's: the macro's set must be exactly these.
    const trimmed = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).filter((c) => c.trim() === "" && !(c >= "\ud800" && c <= "\udfff"));
    expect([...JS_WHITESPACE].sort()).toEqual(trimmed.sort());
    await withConnection(":memory:", async (c) => {
      await createCheckMacros(c);
      await fc.assert(
        fc.asyncProperty(padding, fc.string({ maxLength: 8 }), padding, async (before, middle, after) => {
          const text = before + middle + after;
          // Compared in SQL: text read back into JavaScript would lose a leading U+FEFF.
          const [row] = await queryRows<{ same: boolean }>(c, "SELECT js_trim($text) IS NOT DISTINCT FROM $expected AS same", { text, expected: text.trim() });
          expect(row!.same).toBe(true);
        }),
        { numRuns: 300, seed: 2016 }
      );
    });
  });
});
