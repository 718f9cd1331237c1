// Preloaded with `node --import` into a measured child: reports its peak resident memory without GNU time.
import { writeFileSync } from "node:fs";

const target = process.env.BENCH_MAX_RSS_FILE;
if (target) {
  // "exit" also fires on process.exit() and after an uncaught error, so a failed run still reports.
  process.on("exit", () => {
    // maxRSS is in KiB on every platform Node supports.
    writeFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
