// The part of jsdom (a dependency of Framework, without its own types here) that the tests use:
// a DOM to hand to Plot and to the table components in Node. @types/jsdom would replace this file.
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string });
    readonly window: Window & typeof globalThis;
  }
}
