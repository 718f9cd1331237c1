import { configDefaults, defineConfig } from "vitest/config";

/** The browser tests: they build the site and drive Chromium (see test/browser/global-setup.ts). */
const BROWSER_TESTS = "test/browser/**/*.browser.test.ts";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // DuckDB instances and child processes are heavy on a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, BROWSER_TESTS],
          // Each test file's temporary folders under one, removed after the file.
          setupFiles: ["test/setup/temp-dir.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: [BROWSER_TESTS],
          // Two site builds before the first browser test; then Chromium pages, never alongside the unit tests'
          // child processes (groups run one after the other).
          globalSetup: ["test/browser/global-setup.ts"],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
