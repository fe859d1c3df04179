import { z } from 'zod';
import { absentFieldSchema, intOrStringSchema } from './primitives';

/** Autoscaling targets in percent of the containers' requests. */
export const autoscalingSchema = z
  .object({
    enabled: z.boolean(),
    minReplicas: z.number().int().default(1),
    maxReplicas: z.number().int(),
    cpuUtilization: z.number().int().optional(),
    memoryUtilization: z.number().int().optional(),
  })
  .strict();

export const updateStrategySchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('RollingUpdate'),
      partition: z.number().int().optional(),
      maxUnavailable: intOrStringSchema.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('OnDelete'),
      partition: absentFieldSchema(
        'is set while the update strategy is OnDelete, a partition applies to RollingUpdate only: remove "partition" or set type: RollingUpdate',
      ),
      maxUnavailable: absentFieldSchema(
        'is set while the update strategy is OnDelete, maxUnavailable applies to RollingUpdate only: remove "maxUnavailable" or set type: RollingUpdate',
      ),
    })
    .strict(),
]);
