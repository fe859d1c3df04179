import { z } from 'zod';
import { envEntrySchema } from './env';
import { lifecycleSchema } from './lifecycle';
import { probesSchema } from './probes';
import { protocolSchema, quantitySchema, stringMapSchema } from './primitives';

export const imageSchema = z
  .object({
    repository: z.string(),
    tag: z.string().optional(),
    digest: z.string().optional(),
    pullPolicy: z.enum(['Always', 'IfNotPresent', 'Never']).optional(),
  })
  .strict();

/** Amounts of one kind of request or limit, in Kubernetes quantities. */
export const resourceListSchema = z
  .object({
    cpu: quantitySchema.optional(),
    memory: quantitySchema.optional(),
    ephemeralStorage: quantitySchema.optional(),
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
    name: z.string().optional(),
    containerPort: z.number().int(),
    protocol: protocolSchema.optional(),
  })
  .strict();

export const volumeMountSchema = z
  .object({
    name: z.string(),
    mountPath: z.string(),
    readOnly: z.boolean().optional(),
    subPath: z.string().optional(),
  })
  .strict();

/**
 * Log collection by the Alibaba Cloud log agent: `path` is `stdout` or an
 * absolute file path, which may contain wildcards.
 */
export const logCollectionSchema = z
  .object({
    logstore: z.string(),
    path: z.string(),
    tags: stringMapSchema.optional(),
  })
  .strict();

const containerFields = {
  name: z.string(),
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

/** Init container: the same fields as a container except probes and lifecycle hooks. */
export const initContainerSchema = z.object(containerFields).strict();
