import { z } from 'zod';
import { describeValue } from '../validation/rules/describe';
import {
  validateAnnotationKey,
  validateAnnotationsSize,
  validateDns1123Label,
  validateDns1123Subdomain,
  validateLabelKey,
  validateLabelValue,
} from '../validation/rules/names';
import {
  QuantityKind,
  parseQuantity,
  validateQuantity,
} from '../validation/rules/quantity';

/** Rule for one field: returns the message when the value is invalid. */
export type FieldRule<T> = (value: T) => string | undefined;

/** Adds a rule's message as a zod issue, so the parse stays dirty, not aborted. */
export function issueFrom<T>(rule: FieldRule<T>) {
  return (value: T, ctx: z.RefinementCtx) => {
    const message = rule(value);
    if (message) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message });
    }
  };
}

/** String field checked by a rule. */
export function checkedString(rule: FieldRule<string>) {
  return z.string().superRefine(issueFrom(rule));
}

export const dns1123LabelSchema = checkedString(validateDns1123Label);
export const dns1123SubdomainSchema = checkedString(validateDns1123Subdomain);

/** Largest value of the int32 fields that Kubernetes uses for counts, seconds and percentages. */
export const INT32_MAX = 2 ** 31 - 1;

/** Message for an integer above the int32 range, or undefined. */
export function describeAboveInt32(
  value: number,
  rule: string,
): string | undefined {
  if (value <= INT32_MAX) {
    return undefined;
  }
  return `${describeValue(
    value,
  )} is more than ${INT32_MAX}, the largest value of this 32-bit Kubernetes field, ${rule}`;
}

/**
 * Integer field within a range; `rule` describes the valid values for the
 * message. Values above the int32 range are rejected even without `max`,
 * because the API server cannot decode them.
 */
export function checkedInteger(options: {
  min?: number;
  max?: number;
  rule: string;
}) {
  return z
    .number()
    .int()
    .superRefine(
      issueFrom((value: number) => {
        const tooSmall = options.min !== undefined && value < options.min;
        const tooLarge = options.max !== undefined && value > options.max;
        if (tooSmall || tooLarge) {
          return `${describeValue(value)} is out of range, ${options.rule}`;
        }
        return describeAboveInt32(value, options.rule);
      }),
    );
}

/** Kubernetes quantity of one kind, as a string; YAML numbers such as `1` or `0.5` become strings. */
export function quantitySchemaOf(
  kind: QuantityKind,
  options: { positive?: boolean } = {},
) {
  return z
    .union([z.string(), z.number()])
    .transform(value => String(value))
    .superRefine(
      issueFrom((value: string) => {
        const message = validateQuantity(value, kind);
        if (message) {
          return message;
        }
        if (options.positive && parseQuantity(value) === 0) {
          return `${describeValue(
            value,
          )} is zero, the size must be greater than zero, e.g. "1Gi"`;
        }
        return undefined;
      }),
    );
}

/** Label map: keys and values checked as Kubernetes label keys and values. */
export const labelsSchema = z.record(
  checkedString(validateLabelKey),
  checkedString(validateLabelValue),
);

/** Annotation map: keys checked as qualified names, total size at most 256 KiB. */
export const annotationsSchema = z
  .record(checkedString(validateAnnotationKey), z.string())
  .superRefine(issueFrom(validateAnnotationsSize));
