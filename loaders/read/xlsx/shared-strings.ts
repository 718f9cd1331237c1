import { ElementSplitter } from "./element-splitter.js";
import { hasRichRuns, stringItemText } from "./string-item.js";

/**
 * The shared strings of `xl/sharedStrings.xml`, by index, read from its inflated chunks. An item with no text at all
 * is null, as exceljs has it (such a cell is then no cell at all); rich text runs are joined.
 */
export async function readSharedStrings(chunks: AsyncIterable<Uint8Array>): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  const splitter = new ElementSplitter("si", (xml, _start, openEnd, closeStart) => {
    if (closeStart < 0) {
      strings.push(null);
      return;
    }
    const text = stringItemText(xml, openEnd + 1, closeStart);
    strings.push(text === "" && !hasRichRuns(xml, openEnd + 1, closeStart) ? null : text);
  });
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) splitter.push(decoder.decode(chunk, { stream: true }));
  splitter.push(decoder.decode());
  return strings;
}
