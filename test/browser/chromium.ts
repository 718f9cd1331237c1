import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`), unless CHROMIUM_PATH names another build. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** Headless and offline: no background requests to Google's services, no sandbox (containers and CI run as root). */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Launches Chromium for the browser tests; fails with one line saying how to install it when it is missing. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install it (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable.`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
