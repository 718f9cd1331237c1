import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

// Every temporary folder a test file makes (its own, the loaders', its child processes') goes under one folder, removed
// once the file's tests are done: helpers such as exportsFolder create folders and never delete them.
const previous = process.env.TMPDIR;
const root = mkdtempSync(join(tmpdir(), "inspir-vitest-"));
process.env.TMPDIR = root;

afterAll(() => {
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  rmSync(root, { recursive: true, force: true });
});
