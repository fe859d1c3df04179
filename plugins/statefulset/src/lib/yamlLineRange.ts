import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
} from 'yaml';
import type { PathSegment } from './differencePath';

/** Lines of a YAML text, 1-based and inclusive. */
export interface LineRange {
  start: number;
  end: number;
}

/** A parsed YAML text that can find the lines of a value by its path. */
export interface YamlLineIndex {
  /**
   * Returns the lines of the value at `path`, starting at the line of its
   * key, or undefined when the text does not contain the path.
   */
  findLines(path: PathSegment[]): LineRange | undefined;
}

/** Parses `text` once so that many paths can be looked up in it. */
export function indexYamlLines(text: string): YamlLineIndex {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;

  return {
    findLines(path) {
      let node: unknown = document.contents;
      let start: number | undefined;

      for (const segment of path) {
        const step = stepInto(node, segment);
        if (!step) {
          return undefined;
        }
        node = step.node;
        start = step.start;
      }

      if (start === undefined) {
        return undefined;
      }

      // range[1] is the end of the value itself, without trailing comments.
      const valueEnd = (node as Node | null)?.range?.[1];
      const end =
        valueEnd !== undefined && valueEnd > start ? valueEnd - 1 : start;
      return { start: lineOf(start), end: lineOf(end) };
    },
  };
}

/**
 * Finds the child at `segment` and the offset where it starts: at its key in
 * a mapping, at the item itself in a sequence.
 */
function stepInto(
  node: unknown,
  segment: PathSegment,
): { node: unknown; start: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      item => isScalar(item.key) && String(item.key.value) === String(segment),
    );
    const keyStart = (pair?.key as Node | undefined)?.range?.[0];
    if (!pair || keyStart === undefined) {
      return undefined;
    }
    return { node: pair.value, start: keyStart };
  }

  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as Node | undefined;
    const itemStart = item?.range?.[0];
    if (itemStart === undefined) {
      return undefined;
    }
    return { node: item, start: itemStart };
  }

  return undefined;
}
