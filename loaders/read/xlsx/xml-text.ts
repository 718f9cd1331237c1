const ENTITY = /&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text of XML character data: line ends normalized as an XML parser does, then entities and character references decoded. */
export function decodeXmlText(raw: string): string {
  // An XML parser turns literal CR LF and lone CR into LF; `&#13;` stays a CR (decoded below, after this).
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (entity, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? entity;
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal ?? "", 10);
    // An out-of-range reference is kept as written rather than failing the whole file.
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** The attributes of one start tag (`<x a="1" b='2'/>`), by qualified name, values decoded. */
export function tagAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(m[1]!, decodeXmlText(m[2] ?? m[3] ?? ""));
  }
  return attributes;
}

/** The start tags (`<name …>` or `<name …/>`) of elements called `name`, in document order, within `xml`. */
export function startTags(xml: string, name: string): string[] {
  const tags: string[] = [];
  const open = `<${name}`;
  for (let p = xml.indexOf(open); p >= 0; p = xml.indexOf(open, p + open.length)) {
    if (!isNameEnd(xml.charCodeAt(p + open.length))) continue;
    const end = xml.indexOf(">", p);
    if (end < 0) break;
    tags.push(xml.slice(p, end + 1));
  }
  return tags;
}

/** The content of the first element called `name` (between its start and end tags), or undefined when absent or empty. */
export function elementContent(xml: string, name: string): string | undefined {
  const tag = startTags(xml, name)[0];
  if (tag === undefined || tag.endsWith("/>")) return undefined;
  const start = xml.indexOf(tag) + tag.length;
  const end = xml.indexOf(`</${name}>`, start);
  return xml.slice(start, end < 0 ? xml.length : end);
}

/** Whether the character after a tag name's prefix ends the name (so that `<row` does not match `<rowBreaks`). */
export function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}
