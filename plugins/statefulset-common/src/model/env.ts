import { z } from 'zod';

/** `fieldRef` paths that Kubernetes accepts for environment variables. */
export const ENV_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.podIP',
  'status.podIPs',
] as const;

const valueEntry = z
  .object({
    source: z.literal('value'),
    name: z.string(),
    value: z.string(),
  })
  .strict();

const configMapKeyEntry = z
  .object({
    source: z.literal('configMapKey'),
    name: z.string(),
    configMapName: z.string(),
    key: z.string(),
    optional: z.boolean().optional(),
  })
  .strict();

const secretKeyEntry = z
  .object({
    source: z.literal('secretKey'),
    name: z.string(),
    secretName: z.string(),
    key: z.string(),
    optional: z.boolean().optional(),
  })
  .strict();

const configMapEntry = z
  .object({
    source: z.literal('configMap'),
    configMapName: z.string(),
    prefix: z.string().optional(),
  })
  .strict();

const secretEntry = z
  .object({
    source: z.literal('secret'),
    secretName: z.string(),
    prefix: z.string().optional(),
  })
  .strict();

/**
 * Field path such as `metadata.name` or `metadata.labels['app']`; the rules
 * check it against the paths Kubernetes accepts.
 */
const fieldRefEntry = z
  .object({
    source: z.literal('fieldRef'),
    name: z.string(),
    fieldPath: z.string(),
  })
  .strict();

/** Environment entry: one variable (`env`) or a whole ConfigMap or Secret (`envFrom`). */
export const envEntrySchema = z.discriminatedUnion('source', [
  valueEntry,
  configMapKeyEntry,
  secretKeyEntry,
  configMapEntry,
  secretEntry,
  fieldRefEntry,
]);
