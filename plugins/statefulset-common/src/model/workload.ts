import { z } from 'zod';
import { describeValue } from '../validation/rules/describe';
import { checkedInteger, describeAboveInt32, issueFrom } from './checked';
import { absentFieldSchema } from './primitives';

/** Autoscaling targets in percent of the containers' requests. */
export const autoscalingSchema = z
  .object({
    enabled: z.boolean(),
    minReplicas: checkedInteger({
      min: 1,
      rule: 'minReplicas is an integer of 1 or more, e.g. 2',
    }).default(1),
    maxReplicas: checkedInteger({
      min: 1,
      rule: 'maxReplicas is an integer of 1 or more, e.g. 5',
    }),
    cpuUtilization: checkedInteger({
      min: 1,
      rule: 'cpuUtilization is a percentage of the CPU request of 1 or more (it may exceed 100), e.g. 80',
    }).optional(),
    memoryUtilization: checkedInteger({
      min: 1,
      rule: 'memoryUtilization is a percentage of the memory request of 1 or more, e.g. 80',
    }).optional(),
  })
  .strict();

function validateMaxUnavailable(value: number | string): string | undefined {
  const valid =
    'maxUnavailable is a number of pods of 1 or more or a percentage from 1% to 100%, e.g. 1 or "25%"';

  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1
      ? describeAboveInt32(value, valid)
      : `${describeValue(value)} is out of range, ${valid}`;
  }

  const match = /^([0-9]+)%$/.exec(value);
  if (!match) {
    return `${describeValue(
      value,
    )} is neither a number nor a percentage, ${valid}`;
  }
  const percent = Number(match[1]);
  return percent >= 1 && percent <= 100
    ? undefined
    : `${describeValue(value)} is out of range, ${valid}`;
}

export const updateStrategySchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('RollingUpdate'),
      partition: checkedInteger({
        min: 0,
        rule: 'partition is the lowest ordinal to update, an integer of 0 or more, e.g. 2',
      }).optional(),
      maxUnavailable: z
        .union([z.number().int(), z.string()])
        .superRefine(issueFrom(validateMaxUnavailable))
        .optional(),
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
