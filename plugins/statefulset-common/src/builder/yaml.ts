import { stringify, ToStringOptions, DocumentOptions, SchemaOptions, CreateNodeOptions } from 'yaml';

/**
 * Options that make the output read back as the same values in YAML 1.2
 * (the `yaml` package, kustomize) and YAML 1.1 parsers (go-yaml v2 as used by
 * kubectl, PyYAML). With `compat: 'yaml-1.1'` the `yaml` package quotes every
 * plain string that either schema would read as a boolean, number, null or
 * timestamp, such as `on`, `no`, `0755`, `1e3`, `~` or `2001-01-01`.
 */
const YAML_OPTIONS: DocumentOptions & SchemaOptions & CreateNodeOptions & ToStringOptions = {
  version: '1.2',
  compat: 'yaml-1.1',
  // Repeated objects stay written out in full: anchors and aliases are legal
  // but surprise readers and some tools.
  aliasDuplicateObjects: false,
  // Long strings stay on one line, so a diff shows the changed value whole.
  lineWidth: 0,
  indentSeq: true,
};

/** Serializes one value as a YAML document. Keys keep the order of the object. */
export function toYaml(value: unknown): string {
  return stringify(value, YAML_OPTIONS);
}

/** Serializes values as one multi-document stream, separated by `---`. */
export function toYamlStream(values: ReadonlyArray<unknown>): string {
  return values.map(toYaml).join('---\n');
}
