import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseOptions } from "../../loaders/cli/args.js";
import { UsageError } from "../../loaders/cli/usage-error.js";

const USAGE = "Usage : npm run x -- --data <dossier> [--year <année>]";
const schema = z.object({ data: z.string().min(1), year: z.string().regex(/^\d{4}$/, "une année sur quatre chiffres").optional(), n: z.coerce.number().int().optional() });

/** The usage error's message for these arguments. */
function refusal(argv: string[]): string {
  try {
    parseOptions(argv, schema, USAGE);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("accepted");
}

describe("parseOptions", () => {
  it("returns the options it accepts", () => {
    expect(parseOptions(["--data", "d", "--year", "2017"], schema, USAGE)).toEqual({ data: "d", year: "2017" });
  });

  it("says in French, in one line followed by the usage, what is wrong with the arguments", () => {
    expect(refusal([])).toBe(`Option --data manquante.\n${USAGE}`);
    expect(refusal(["--data", ""])).toBe(`L’option --data est vide.\n${USAGE}`);
    expect(refusal(["--dta", "x"])).toBe(`Option inconnue : --dta.\n${USAGE}`);
    expect(refusal(["--data"])).toBe(`L’option --data attend une valeur.\n${USAGE}`);
    expect(refusal(["--data", "d", "extra"])).toBe(`Argument inattendu : extra (chaque valeur suit le nom de son option).\n${USAGE}`);
    expect(refusal(["--data", "d", "--year", "17"])).toBe(`--year "17" : une année sur quatre chiffres.\n${USAGE}`);
  });

  it("never shows zod's own English text", () => {
    expect(refusal(["--data", "d", "--n", "1.5"])).toBe(`--n "1.5" : valeur invalide.\n${USAGE}`);
  });
});
