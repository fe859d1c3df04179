import { z } from 'zod';
import { validatePortNumberOrName } from '../validation/rules/ports';
import { issueFrom } from './checked';

/** Port given by number (`8080`) or by the name of a container port (`http`). */
export const intOrStringSchema = z
  .union([z.number().int(), z.string()])
  .superRefine(issueFrom(validatePortNumberOrName));

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
