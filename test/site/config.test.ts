import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import config from "../../observablehq.config.js";

const ROOT = new URL("../../", import.meta.url);
const src = (path: string) => new URL(`src/${path}`, ROOT);

describe("observablehq.config", () => {
  it("loads no stylesheet from another host (the default is Google Fonts)", () => {
    expect(config.globalStylesheets).toEqual([]);
    const style = readFileSync(src(config.style), "utf8");
    expect(style).not.toMatch(/https?:|\/\/[a-z]/i);
    for (const [, target] of style.matchAll(/@import\s+url\("([^"]+)"\)/g)) expect(target).toMatch(/^observablehq:/);
  });

  it("has no search (its client is English-only) and no third-party link in the footer", () => {
    expect(config.search).toBe(false);
    expect(config.footer).not.toMatch(/https?:|href=/);
  });

  it("sets the page language to French and lets users zoom, before the body is parsed", () => {
    expect(config.head).toMatch(/^<script>document\.documentElement\.lang = "fr";/);
    expect(config.head).toContain('setAttribute("content", "width=device-width, initial-scale=1")');
  });

  it("loads the self-hosted fonts and the chrome fixes on every page, from modules that exist", () => {
    const modules = [...config.head.matchAll(/<script type="module" src="\/([^"]+)\.js"><\/script>/g)].map((m) => m[1]);
    expect(modules).toEqual(["components/site-fonts", "components/framework-chrome"]);
    for (const module of modules) expect(existsSync(src(`${module}.ts`))).toBe(true);
  });

  it("pins the npm packages of Framework's client in its version cache, so that building needs no network", () => {
    for (const name of ["react-dom", "lodash", "d3", "@observablehq/plot", "apache-arrow", "d3-dsv", "htl"]) {
      expect(existsSync(src(`.observablehq/cache/_npm/${name}@0.0.0-offline`)), name).toBe(true);
    }
  });
});
