import { StatefulSetValues } from '../model';
import { buildManifests } from './buildManifests';
import { toYamlStream } from './yaml';

/**
 * Renders the set's objects as one multi-document YAML stream. The same
 * values always give the same bytes: keys keep the builder's order and user
 * maps are sorted.
 */
export function renderManifestsYaml(values: StatefulSetValues): string {
  return toYamlStream(buildManifests(values));
}
