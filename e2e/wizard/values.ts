/*
 * Values files of templates/statefulset/examples/, as the wizard helpers read
 * them. The values model of the common package defines every key; the
 * helpers only walk the keys, so nested values stay loosely typed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { examplesDir } from '../cluster/render.ts';

/** Top-level keys of a values file; see templates/statefulset/examples/full.yaml for all of them. */
export type ExampleValues = { name: string } & Record<string, any>;

/**
 * Reads an example under another name, because the scaffolder API test
 * publishes the examples under their own names to the same local Git root.
 */
export function readExample(file: string, name: string): ExampleValues {
  const values = parse(
    readFileSync(join(examplesDir, file), 'utf8'),
  ) as ExampleValues;
  return { ...values, name };
}
