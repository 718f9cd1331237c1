/** A setting (environment variable or configuration file) with a wrong value: shown alone, without a stack trace. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}
