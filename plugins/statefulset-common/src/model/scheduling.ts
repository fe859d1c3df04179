import { z } from 'zod';
import { stringMapSchema } from './primitives';

export const nodeSelectorRequirementSchema = z
  .object({
    key: z.string(),
    operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']),
    values: z.array(z.string()).optional(),
  })
  .strict();

export const nodeSelectorTermSchema = z
  .object({ matchExpressions: z.array(nodeSelectorRequirementSchema).min(1) })
  .strict();

export const nodeAffinitySchema = z
  .object({
    required: z.array(nodeSelectorTermSchema).optional(),
    preferred: z
      .array(
        z
          .object({
            weight: z.number().int(),
            matchExpressions: z.array(nodeSelectorRequirementSchema).min(1),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

export const labelSelectorRequirementSchema = z
  .object({
    key: z.string(),
    operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist']),
    values: z.array(z.string()).optional(),
  })
  .strict();

export const podAffinityTermSchema = z
  .object({
    topologyKey: z.string(),
    namespaces: z.array(z.string()).optional(),
    labelSelector: z
      .object({
        matchLabels: stringMapSchema.optional(),
        matchExpressions: z.array(labelSelectorRequirementSchema).optional(),
      })
      .strict(),
  })
  .strict();

/** Pod affinity or anti-affinity. */
export const podAffinitySchema = z
  .object({
    required: z.array(podAffinityTermSchema).optional(),
    preferred: z
      .array(
        z
          .object({ weight: z.number().int(), term: podAffinityTermSchema })
          .strict(),
      )
      .optional(),
  })
  .strict();

export const tolerationSchema = z
  .object({
    key: z.string().optional(),
    operator: z.enum(['Equal', 'Exists']).optional(),
    value: z.string().optional(),
    effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']).optional(),
    tolerationSeconds: z.number().int().optional(),
  })
  .strict();

export const schedulingSchema = z
  .object({
    nodeAffinity: nodeAffinitySchema.optional(),
    podAffinity: podAffinitySchema.optional(),
    podAntiAffinity: podAffinitySchema.optional(),
    tolerations: z.array(tolerationSchema).optional(),
  })
  .strict();
