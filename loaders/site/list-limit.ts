/**
 * At most this many dossier-level rows reach the browser; the DuckDB file holds them all. A hundred keeps every
 * list of the sample whole while the site's data stays about the same size at any scale (pages say « les 100 premières sur N »).
 */
export const SITE_LIST_LIMIT = 100;
