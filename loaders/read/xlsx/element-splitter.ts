import { isNameEnd } from "./xml-text.js";

/** Called for each complete element: its start `<`, the `>` ending its start tag, and where `</name>` starts (-1 when self-closing). */
export type ElementHandler = (xml: string, start: number, openEnd: number, closeStart: number) => void;

/**
 * Cuts XML text, pushed in chunks of any size, into the complete elements of one name (`<row …>…</row>`, `<si>…</si>`),
 * which must not nest. Only an unfinished element is carried over to the next chunk, never the text already handled.
 */
export class ElementSplitter {
  private readonly open: string;
  private readonly close: string;
  /** Text of an element not complete yet, kept as pushed: joined only once what it waits for has arrived. */
  private pending: string[] = [];
  /** What the pending text waits for (`>` or the end tag); "" when any more text may complete it. */
  private needle = "";
  /** The last characters of the pending text (one fewer than the needle's length). */
  private pendingEnd = "";

  constructor(
    name: string,
    private readonly onElement: ElementHandler
  ) {
    this.open = `<${name}`;
    this.close = `</${name}>`;
  }

  /** Handles the complete elements the text ends; keeps the start of an unfinished one. */
  push(text: string): void {
    if (this.pending.length > 0) {
      const { needle } = this;
      // What the pending text waits for may begin in it and end in this text (even over several short pieces).
      const spans = needle !== "" && (this.pendingEnd + text.slice(0, needle.length - 1)).includes(needle);
      if (!spans && needle === this.close) {
        const found = text.indexOf(needle);
        if (found >= 0) {
          // Join only the end of the pending element, then go on in the chunk as it is (no copy of the whole chunk).
          const end = found + needle.length;
          this.pending.push(text.slice(0, end));
          const element = this.pending.join("");
          this.pending = [];
          this.scan(element, 0);
          this.scan(text, end);
          return;
        }
      }
      // A long element (a huge cell) spans many chunks: keep them apart until the chunk that completes it, so that
      // the element is joined and scanned once rather than once per chunk.
      if (!spans && needle !== "" && !text.includes(needle)) {
        this.pending.push(text);
        this.pendingEnd = text.length >= needle.length ? lastChars(text, needle.length - 1) : lastChars(this.pendingEnd + text, needle.length - 1);
        return;
      }
      this.pending.push(text);
      text = this.pending.join("");
      this.pending = [];
    }
    this.scan(text, 0);
  }

  private scan(xml: string, from: number): void {
    const { open, close } = this;
    let pos = from;
    for (;;) {
      const start = xml.indexOf(open, pos);
      if (start < 0) {
        // The text may end with the first characters of the next start tag (`<ro`).
        const lt = xml.lastIndexOf("<");
        this.keep(lt >= pos && lt > xml.length - open.length ? xml.slice(lt) : "", "");
        return;
      }
      if (start + open.length >= xml.length) return this.keep(xml.slice(start), "");
      if (!isNameEnd(xml.charCodeAt(start + open.length))) {
        pos = start + open.length;
        continue;
      }
      const openEnd = xml.indexOf(">", start + open.length);
      if (openEnd < 0) return this.keep(xml.slice(start), ">");
      if (xml.charCodeAt(openEnd - 1) === 47) {
        this.onElement(xml, start, openEnd, -1);
        pos = openEnd + 1;
        continue;
      }
      const closeStart = xml.indexOf(close, openEnd + 1);
      if (closeStart < 0) return this.keep(xml.slice(start), close);
      this.onElement(xml, start, openEnd, closeStart);
      pos = closeStart + close.length;
    }
  }

  private keep(text: string, needle: string): void {
    this.pending = text === "" ? [] : [text];
    this.needle = needle;
    this.pendingEnd = lastChars(text, needle.length - 1);
  }
}

/** The last `count` characters of a text (none when count is 0). */
function lastChars(text: string, count: number): string {
  return count <= 0 ? "" : text.slice(-count);
}
