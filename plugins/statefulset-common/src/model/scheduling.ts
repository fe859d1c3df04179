import { z } from 'zod';
import {
  validateLabelKey,
  validateLabelValue,
  validateQualifiedName,
} from '../validation/rules/names';
import { describeValue } from '../validation/rules/describe';
import { validateWeight } from '../validation/rules/network';
import {
  checkedString,
  dns1123LabelSchema,
  issueFrom,
  labelsSchema,
} from './checked';

const labelKeySchema = checkedString(validateLabelKey);
const weightSchema = z.number().int().superRefine(issueFrom(validateWeight));

export const nodeSelectorRequirementSchema = z
  .object({
    key: labelKeySchema,
    operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']),
    // The API server checks every value as a label value, Gt and Lt integers too.
    values: z.array(checkedString(validateLabelValue)).optional(),
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
            weight: weightSchema,
            matchExpressions: z.array(nodeSelectorRequirementSchema).min(1),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

export const labelSelectorRequirementSchema = z
  .object({
    key: labelKeySchema,
    operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist']),
    values: z.array(checkedString(validateLabelValue)).optional(),
  })
  .strict();

export const podAffinityTermSchema = z
  .object({
    topologyKey: checkedString(value =>
      validateQualifiedName(value, 'topology key'),
    ),
    namespaces: z.array(dns1123LabelSchema).optional(),
    labelSelector: z
      .object({
        matchLabels: labelsSchema.optional(),
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
          .object({ weight: weightSchema, term: podAffinityTermSchema })
          .strict(),
      )
      .optional(),
  })
  .strict();

export const tolerationSchema = z
  .object({
    key: labelKeySchema.optional(),
    operator: z.enum(['Equal', 'Exists']).optional(),
    value: z.string().optional(),
    effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']).optional(),
    // NOTE: Kubernetes stores int64, but numbers beyond 2^53 lose digits in
    // JavaScript, so the range stops at Number.MAX_SAFE_INTEGER.
    tolerationSeconds: z
      .number()
      .int()
      .superRefine(
        issueFrom(value =>
          Number.isSafeInteger(value)
            ? undefined
            : `${describeValue(
                value,
              )} is out of range, tolerationSeconds is a whole number of seconds from -${
                Number.MAX_SAFE_INTEGER
              } to ${Number.MAX_SAFE_INTEGER}, e.g. 300`,
        ),
      )
      .optional(),
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
