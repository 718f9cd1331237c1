/** A fatal problem with the user's exports: the load stops and the message, naming the file, is shown without a stack trace. */
export class LoadError extends Error {
  override readonly name = "LoadError";
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly column?: string
  ) {
    super(`${file} : ${detail}`);
  }
}
