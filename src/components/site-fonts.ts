// Self-hosted fonts, loaded by every page (the config's `head`). Framework 1.13 cannot bundle url() in a
// custom stylesheet (esbuild has no loader for .woff2), but it copies any node_modules file named in an
// import.meta.resolve() call to dist/_node/<package>@<version>/…: so the @fontsource files are served by the site
// itself, with no copy in the repository. Each call must keep a literal argument for Framework to see it.

/** A font file of @fontsource, Latin subset (French included: é, œ, «, €, U+202F). */
interface FontFile {
  family: "Inter" | "Source Serif 4";
  weight: number;
  url: string;
}

const FONT_FILES: readonly FontFile[] = [
  { family: "Inter", weight: 400, url: import.meta.resolve("@fontsource/inter/files/inter-latin-400-normal.woff2") },
  { family: "Inter", weight: 500, url: import.meta.resolve("@fontsource/inter/files/inter-latin-500-normal.woff2") },
  { family: "Inter", weight: 600, url: import.meta.resolve("@fontsource/inter/files/inter-latin-600-normal.woff2") },
  { family: "Inter", weight: 700, url: import.meta.resolve("@fontsource/inter/files/inter-latin-700-normal.woff2") },
  { family: "Source Serif 4", weight: 600, url: import.meta.resolve("@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2") },
];

/** Registers the self-hosted faces; the browser downloads each one when text first uses it. */
export function registerSiteFonts(fonts: FontFaceSet = document.fonts): void {
  for (const { family, weight, url } of FONT_FILES) {
    fonts.add(new FontFace(family, `url(${JSON.stringify(url)}) format("woff2")`, { weight: String(weight), style: "normal", display: "swap" }));
  }
}

registerSiteFonts();
