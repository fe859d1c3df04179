import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';
import { z } from 'zod';
import { statefulSetValuesSchema } from '../model';

// Keys that the full example leaves out on purpose: an absent repoUrl means
// the local repository, the `optional` flags would hide a missing object, and
// the wizard offers httpGet's host for hooks and its headers for probes only.
const keysLeftOut = new Set([
  'repoUrl',
  'containers[].probes.probe.httpGet.host',
  'containers[].lifecycle.hook.httpGet.httpHeaders',
  'containers[].lifecycle.hook.httpGet.httpHeaders[].name',
  'containers[].lifecycle.hook.httpGet.httpHeaders[].value',
  'containers[].env[].optional',
  'volumes[].configMap.optional',
]);

function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return unwrap(schema.unwrap());
  }
  if (schema instanceof z.ZodDefault) {
    return unwrap(schema.removeDefault());
  }
  if (schema instanceof z.ZodEffects) {
    return unwrap(schema.innerType());
  }
  return schema;
}

// Probe kinds, hook kinds, init containers and pod anti-affinity share their
// fields with the general case, so their paths are merged.
function normalize(key: string): string {
  const aliases: Record<string, string> = {
    liveness: 'probe',
    readiness: 'probe',
    startup: 'probe',
    postStart: 'hook',
    preStop: 'hook',
    initContainers: 'containers',
    podAntiAffinity: 'podAffinity',
  };
  return aliases[key] ?? key;
}

/** Collects the key paths a schema allows and the ones a value sets. */
function collectKeys(
  schema: z.ZodTypeAny,
  value: unknown,
  path: string,
  allowed: Set<string>,
  used: Set<string>,
) {
  const inner = unwrap(schema);

  if (inner instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(
      inner.shape as Record<string, z.ZodTypeAny>,
    )) {
      if (unwrap(child) instanceof z.ZodUnknown) {
        continue;
      }
      const childPath = path ? `${path}.${normalize(key)}` : normalize(key);
      allowed.add(childPath);
      const childValue = (value as Record<string, unknown> | undefined)?.[key];
      if (childValue !== undefined) {
        used.add(childPath);
      }
      collectKeys(child, childValue, childPath, allowed, used);
    }
  } else if (inner instanceof z.ZodArray) {
    const items = Array.isArray(value) ? value : [undefined];
    for (const item of items) {
      collectKeys(inner.element, item, `${path}[]`, allowed, used);
    }
  } else if (inner instanceof z.ZodDiscriminatedUnion) {
    for (const option of inner.options as z.AnyZodObject[]) {
      const discriminator = (value as Record<string, unknown> | undefined)?.[
        inner.discriminator
      ];
      const matches = discriminator === option.shape[inner.discriminator].value;
      collectKeys(option, matches ? value : undefined, path, allowed, used);
    }
  }
}

describe('full example', () => {
  it('uses every field of the wizard', () => {
    const examplePath = resolve(
      __dirname,
      '../../../../templates/statefulset/examples/full.yaml',
    );
    const example = parse(readFileSync(examplePath, 'utf8'));
    const allowed = new Set<string>();
    const used = new Set<string>();

    collectKeys(statefulSetValuesSchema, example, '', allowed, used);

    const unused = [...allowed].filter(
      key => !used.has(key) && !keysLeftOut.has(key),
    );
    expect(unused).toEqual([]);
  });
});
