import { runChild } from "./run-child.js";

/** Wall time of one `npm run build` of the site on an exports folder, in milliseconds (it rewrites `dist/`). */
export async function timeBuild(folder: string, label: string): Promise<number> {
  const run = await runChild({ label: `npm run build (${label})`, command: "npm", args: ["run", "build"], env: { INSPIR_DATA: folder } });
  return run.wallMs;
}
