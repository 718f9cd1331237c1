import type { DuckDBConnection } from "@duckdb/node-api";

/** What String.prototype.trim removes: ECMAScript's white space and line terminators (test/check/sql-macros.test.ts). */
export const JS_WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/**
 * The macro the checks are written with: `js_trim(s)` trims as the parsers' `cellText` does. Temporary: it belongs
 * to the load, not to the analysts' file.
 */
export async function createCheckMacros(connection: DuckDBConnection): Promise<void> {
  // The characters are constants of this module, none of them a quote.
  // trim() with a set of characters is slow: only a text that starts or ends with one of them goes through it.
  await connection.run(
    `CREATE OR REPLACE TEMP MACRO js_trim(s) AS CASE WHEN contains('${JS_WHITESPACE}', left(s, 1)) OR contains('${JS_WHITESPACE}', right(s, 1)) THEN trim(s, '${JS_WHITESPACE}') ELSE s END`
  );
}
