/** One step of a difference path: a mapping key or a list index. */
export type PathSegment = string | number;

// Keys that are not identifiers come as JSON strings in brackets, the form
// of formatPath in the common package, e.g. ["app.kubernetes.io/name"].
const SEGMENT =
  /\.?([^.[\]"']+)|\[(\d+)\]|\['([^']*)'\]|\[("(?:[^"\\]|\\.)*")\]/y;

/**
 * Splits a difference path of the manifests route, such as
 * `spec.template.spec.containers[0].env` or
 * `metadata.annotations['example.com/owner']`, into keys and list indexes.
 * Returns undefined when the path has another form, so that the caller can
 * skip highlighting it.
 */
export function parseDifferencePath(path: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  SEGMENT.lastIndex = 0;

  while (SEGMENT.lastIndex < path.length) {
    const start = SEGMENT.lastIndex;
    const match = SEGMENT.exec(path);
    if (!match) {
      return undefined;
    }

    // A key after the first one needs its dot; `a.b` is fine, `a[0]b` is not.
    const [text, key, index, singleQuoted, jsonString] = match;
    if (key !== undefined && start > 0 && !text.startsWith('.')) {
      return undefined;
    }

    if (index !== undefined) {
      segments.push(Number(index));
    } else if (jsonString !== undefined) {
      segments.push(JSON.parse(jsonString) as string);
    } else {
      segments.push(key ?? singleQuoted);
    }
  }

  return segments.length > 0 ? segments : undefined;
}
