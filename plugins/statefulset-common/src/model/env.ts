import { z } from 'zod';
import {
  validateConfigMapKey,
  validateEnvVarName,
} from '../validation/rules/names';
import { validateEnvFieldPath } from '../validation/rules/references';
import { checkedString, dns1123SubdomainSchema } from './checked';

const envNameSchema = checkedString(validateEnvVarName);
const configMapKeySchema = checkedString(validateConfigMapKey);
const envPrefixSchema = checkedString(value =>
  value === '' ? undefined : validateEnvVarName(value),
);

const valueEntry = z
  .object({
    source: z.literal('value'),
    name: envNameSchema,
    value: z.string(),
  })
  .strict();

const configMapKeyEntry = z
  .object({
    source: z.literal('configMapKey'),
    name: envNameSchema,
    configMapName: dns1123SubdomainSchema,
    key: configMapKeySchema,
    optional: z.boolean().optional(),
  })
  .strict();

const secretKeyEntry = z
  .object({
    source: z.literal('secretKey'),
    name: envNameSchema,
    secretName: dns1123SubdomainSchema,
    key: configMapKeySchema,
    optional: z.boolean().optional(),
  })
  .strict();

const configMapEntry = z
  .object({
    source: z.literal('configMap'),
    configMapName: dns1123SubdomainSchema,
    prefix: envPrefixSchema.optional(),
  })
  .strict();

const secretEntry = z
  .object({
    source: z.literal('secret'),
    secretName: dns1123SubdomainSchema,
    prefix: envPrefixSchema.optional(),
  })
  .strict();

/** Pod field such as `metadata.name` or `metadata.labels['app']`. */
const fieldRefEntry = z
  .object({
    source: z.literal('fieldRef'),
    name: envNameSchema,
    fieldPath: checkedString(validateEnvFieldPath),
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
