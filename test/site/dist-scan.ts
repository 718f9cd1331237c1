import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { isVendoredNoticeUrl } from "./vendored-notices.js";

/**
 * Namespace URIs that appear in any SVG/XML code and are never fetched: the W3C's, and Office Open XML's
 * (schemas.openxmlformats.org, schemas.microsoft.com/office, purl.org/dc), which exceljs writes into XLSX files.
 */
const SPEC_URL = /^https?:\/\/(?:www\.w3\.org|schemas\.openxmlformats\.org|schemas\.microsoft\.com\/office|purl\.org\/dc)\//;

/** Absolute or protocol-relative URLs in text (the host is the first captured group). */
const URL_PATTERN = /(?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:\/[^\s"'`()<>\\]*)?/gi;

/** Each URL to another host in the text files of a built site, with the file it is in (paths relative to `dir`). */
export function thirdPartyUrls(dir: string): { file: string; url: string }[] {
  const found: { file: string; url: string }[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    if (!/\.(html|js|css|json|svg|txt)$/.test(file)) continue;
    const text = readFileSync(join(dir, file), "utf8");
    for (const [url] of text.matchAll(URL_PATTERN)) {
      // "//" also starts JS comments and regexes: keep only what names a host with a dot, then drop spec URIs.
      if (!SPEC_URL.test(url) && !isVendoredNoticeUrl(file, url) && /^(https?:)?\/\/[a-z]/i.test(url) && (url.startsWith("http") || /^\/\/[\w-]+\.[a-z]{2,}\//i.test(url))) {
        found.push({ file, url });
      }
    }
  }
  return found;
}
