// Third-party text that the built site carries without ever using it as an address: exceljs's browser build
// (loaded by the tables' « Télécharger en XLSX » button, src/components/table-download-xlsx.ts) bundles the
// license notices and error messages of its dependencies (core-js, jszip, ieee754, safe-buffer, elliptic,
// crypto-browserify, uuid), which name their authors' sites and e-mail addresses. None is fetched (the browser tests
// record every request) and none is personal data from the exports. Only these hosts and addresses, only in that
// file, are let through: a CDN URL or any other address in it is still reported.

/** exceljs's bundle in the built site (`_node/exceljs@4.4.0/index.<hash>.js`). */
const EXCELJS_BUNDLE = /^_node\/exceljs@[\w.-]+\//;

/** Hosts named by the notices and error messages of exceljs's bundled dependencies. */
const NOTICE_HOSTS = new Set(["github.com", "raw.github.com", "feross.org", "stuartk.com", "stuk.github.io"]);

/** E-mail-like strings of those notices: an npm package's author, and a git remote. */
const NOTICE_EMAILS = new Set(["fedor@indutny.com", "git@github.com"]);

/** Whether `url` (an absolute or protocol-relative URL found in the built file `file`) is one of those notices. */
export function isVendoredNoticeUrl(file: string, url: string): boolean {
  const host = /^(?:https?:)?\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  return EXCELJS_BUNDLE.test(file) && host !== undefined && NOTICE_HOSTS.has(host);
}

/** Whether `email` found in the built file `file` is one of those notices. */
export function isVendoredNoticeEmail(file: string, email: string): boolean {
  return EXCELJS_BUNDLE.test(file) && NOTICE_EMAILS.has(email.toLowerCase());
}
