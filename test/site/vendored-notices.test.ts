import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findPersonal } from "../browser/personal-scan.js";
import { thirdPartyUrls } from "./dist-scan.js";
import { isVendoredNoticeEmail, isVendoredNoticeUrl } from "./vendored-notices.js";

const BUNDLE = "_node/exceljs@4.4.0/index.c8b3680f.js";

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "vendored-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("the vendored notices of exceljs's bundle", () => {
  it("let through its license and error-message hosts and Office Open XML namespaces, nothing else", () => {
    const notices = 'license:"https://github.com/zloirock/core-js/blob/v3.33.0/LICENSE"; /*! ieee754. Feross <https://feross.org/opensource> */ x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" y="http://purl.org/dc/elements/1.1/"';
    const dir = site({
      [BUNDLE]: `${notices} import("https://cdn.jsdelivr.net/npm/x")`,
      "_import/components/x.js": 'fetch("https://github.com/x/y")'
    });
    expect(thirdPartyUrls(dir).map((f) => `${f.file} ${f.url}`)).toEqual(["_import/components/x.js https://github.com/x/y", `${BUNDLE} https://cdn.jsdelivr.net/npm/x`]);
  });

  it("let through the two notice e-mails in that file only", async () => {
    expect(isVendoredNoticeEmail(BUNDLE, "fedor@indutny.com")).toBe(true);
    expect(isVendoredNoticeEmail("_import/components/x.js", "fedor@indutny.com")).toBe(false);
    expect(isVendoredNoticeUrl(BUNDLE, "https://cdn.jsdelivr.net/npm/exceljs")).toBe(false);
    const found = await findPersonal(BUNDLE, Buffer.from('author:"Fedor Indutny <fedor@indutny.com>" git@github.com jeanne.martin@example.org'), "persozqx");
    expect(found.map((f) => f.match)).toEqual(["jeanne.martin@example.org"]);
  });
});
