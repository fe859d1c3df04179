import type { ManifestComparisonResponse } from '@internal/backstage-plugin-statefulset-common';
import { parseDifferencePath } from './differencePath';
import { indexYamlLines } from './yamlLineRange';

/** Difference paths by 1-based line number, for one side of the comparison. */
export type LineDifferences = Map<number, string[]>;

/**
 * Finds the lines of each differing path in the live and the Git YAML, so
 * that both panes can highlight them. A path that one side lacks, or that
 * has an unknown form, marks no line on that side.
 */
export function mapDifferenceLines(comparison: ManifestComparisonResponse): {
  live: LineDifferences;
  git: LineDifferences;
} {
  return {
    live: mapSide(comparison.live, comparison),
    git: mapSide(comparison.git, comparison),
  };
}

function mapSide(
  text: string | undefined,
  comparison: ManifestComparisonResponse,
): LineDifferences {
  const lines: LineDifferences = new Map();
  if (!text) {
    return lines;
  }

  const index = indexYamlLines(text);
  for (const difference of comparison.differences) {
    const segments = parseDifferencePath(difference.path);
    const range = segments && index.findLines(segments);
    if (!range) {
      continue;
    }

    for (let line = range.start; line <= range.end; line++) {
      lines.set(line, [...(lines.get(line) ?? []), difference.path]);
    }
  }
  return lines;
}
