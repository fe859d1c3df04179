import {
  CreateNodeOptions,
  DocumentOptions,
  Schema,
  SchemaOptions,
  stringify,
  ToStringOptions,
} from 'yaml';
import type { ScalarTag } from 'yaml';

/**
 * YAML 1.1 reads a lone `=` as the "value" type, which PyYAML cannot
 * construct. The tag only serves to make the output quote that string.
 */
const yaml11ValueTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:value',
  default: true,
  test: /^=$/,
  resolve: (source: string) => source,
};

/**
 * PyYAML (checked with 6.0.3) ends a plain scalar at a tab and then fails
 * on the tab, although YAML allows tabs inside plain scalars. Like the tag
 * above, this one only makes the output quote strings that contain a tab.
 */
const tabInPlainScalarTag: ScalarTag = {
  // Never written: the tag only exists for its test.
  tag: 'tag:statefulset-portal,2026:string-with-tab',
  default: true,
  test: /\t/,
  resolve: (source: string) => source,
};

/**
 * Options that make the output read back as the same values in YAML 1.2
 * parsers (the `yaml` package, kustomize) and YAML 1.1 parsers (go-yaml v2
 * in kubectl, PyYAML). With the YAML 1.1 tags as `compat`, the `yaml`
 * package quotes every plain string that either schema would read as a
 * boolean, number, null or timestamp, such as `on`, `no`, `0755`, `1e3`, `~`
 * or `2001-01-01`. Strings such as `a: b` or `# note` are quoted in any
 * YAML version.
 */
const YAML_OPTIONS: DocumentOptions &
  SchemaOptions &
  CreateNodeOptions &
  ToStringOptions = {
  version: '1.2',
  compat: [
    ...new Schema({ schema: 'yaml-1.1' }).tags,
    yaml11ValueTag,
    tabInPlainScalarTag,
  ],
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
