import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { ConfigError } from "../config/config-error.js";

/** Debian's Chromium (`apt-get install chromium`), unless CHROMIUM_PATH names another build. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** Headless and offline: no sandbox (containers and CI run as root), no GPU, no background requests to Google's services. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Launches Debian's headless Chromium; fails with one line saying how to install it when it is missing. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new ConfigError(`Chromium introuvable à ${executablePath} : installez-le (sudo apt-get install chromium) ou indiquez son chemin dans CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
