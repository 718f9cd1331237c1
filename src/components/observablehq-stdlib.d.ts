// Framework's standard library, resolved by Framework at build time: the part the explorer uses.
declare module "observablehq:stdlib" {
  /** A file of the site, named by a literal path relative to the module. */
  export function FileAttachment(name: string): { json(): Promise<unknown>; url(): Promise<string> };
}
