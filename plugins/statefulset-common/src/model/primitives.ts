import { z } from 'zod';

/** String map such as labels, annotations or log tags. */
export const stringMapSchema = z.record(z.string(), z.string());

/**
 * Kubernetes quantity such as `500m`, `2Gi` or `1.5`. YAML reads an unquoted
 * `1` or `0.5` as a number, so numbers are accepted and turned into strings.
 */
export const quantitySchema = z
  .union([z.string(), z.number()])
  .transform(value => String(value));

/** Port given by number (`8080`) or by the name of a container port (`http`). */
export const intOrStringSchema = z.union([z.number().int(), z.string()]);

export const protocolSchema = z.enum(['TCP', 'UDP', 'SCTP']);

export const httpSchemeSchema = z.enum(['HTTP', 'HTTPS']);

/**
 * Key that must be absent, for example a second probe handler. The issue
 * leaves the parse dirty rather than aborted, so the other rules still run.
 */
export function absentFieldSchema(message: string) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      if (value !== undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      }
    })
    .transform((): undefined => undefined)
    .optional();
}
