/** A command called with wrong arguments: its message (with the usage) is shown alone. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
