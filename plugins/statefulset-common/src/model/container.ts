import { z } from 'zod';
import {
  validateImageDigest,
  validateImageRepository,
  validateImageTag,
} from '../validation/rules/image';
import {
  validateAbsolutePath,
  validateLogPath,
  validateLogstore,
  validateSubPath,
} from '../validation/rules/paths';
import { describeValue } from '../validation/rules/describe';
import {
  validatePortName,
  validatePortNumber,
} from '../validation/rules/ports';
import {
  checkedString,
  dns1123LabelSchema,
  issueFrom,
  quantitySchemaOf,
} from './checked';
import { envEntrySchema } from './env';
import { lifecycleSchema } from './lifecycle';
import { probesSchema } from './probes';
import { protocolSchema } from './primitives';

export const imageSchema = z
  .object({
    repository: checkedString(validateImageRepository),
    tag: checkedString(validateImageTag).optional(),
    digest: checkedString(validateImageDigest).optional(),
    pullPolicy: z.enum(['Always', 'IfNotPresent', 'Never']).optional(),
  })
  .strict();

/** Requests or limits, in Kubernetes quantities. */
export const resourceListSchema = z
  .object({
    cpu: quantitySchemaOf('cpu').optional(),
    memory: quantitySchemaOf('memory').optional(),
    ephemeralStorage: quantitySchemaOf('storage').optional(),
  })
  .strict();

export const resourcesSchema = z
  .object({
    requests: resourceListSchema.optional(),
    limits: resourceListSchema.optional(),
  })
  .strict();

export const containerPortSchema = z
  .object({
    name: checkedString(validatePortName).optional(),
    containerPort: z.number().int().superRefine(issueFrom(validatePortNumber)),
    protocol: protocolSchema.optional(),
  })
  .strict();

export const volumeMountSchema = z
  .object({
    name: dns1123LabelSchema,
    mountPath: checkedString(path => validateAbsolutePath(path)),
    readOnly: z.boolean().optional(),
    subPath: checkedString(validateSubPath).optional(),
  })
  .strict();

/** Tag key or value, which the log agent reads from a `k=v,k=v` list. */
const logTagSchema = checkedString(value =>
  /^[^,=\s]+$/.test(value)
    ? undefined
    : `${describeValue(
        value,
      )} is empty or contains ',', '=' or whitespace, a log tag key or value is one word without ',' and '=', e.g. "team" or "payments"`,
);

/**
 * Log collection by the Simple Log Service agent: `path` is `stdout` or an
 * absolute file path, which may contain wildcards in the file name.
 */
export const logCollectionSchema = z
  .object({
    logstore: checkedString(validateLogstore),
    path: checkedString(validateLogPath),
    tags: z.record(logTagSchema, logTagSchema).optional(),
  })
  .strict();

const containerFields = {
  name: dns1123LabelSchema,
  image: imageSchema,
  resources: resourcesSchema.optional(),
  command: z.array(z.string()).optional(),
  args: z.array(z.string()).optional(),
  stdin: z.boolean().optional(),
  tty: z.boolean().optional(),
  privileged: z.boolean().optional(),
  ports: z.array(containerPortSchema).optional(),
  env: z.array(envEntrySchema).optional(),
  volumeMounts: z.array(volumeMountSchema).optional(),
  logs: z.array(logCollectionSchema).optional(),
};

export const containerSchema = z
  .object({
    ...containerFields,
    probes: probesSchema.optional(),
    lifecycle: lifecycleSchema.optional(),
  })
  .strict();

/** Init container: the fields of a container except probes and lifecycle hooks. */
export const initContainerSchema = z.object(containerFields).strict();
