import { z } from 'zod';
import { describeValue } from '../validation/rules/describe';
import { checkedString } from './checked';
import {
  absentFieldSchema,
  httpSchemeSchema,
  intOrStringSchema,
} from './primitives';

const httpHeaderNameSchema = checkedString(value =>
  /^[-A-Za-z0-9]+$/.test(value)
    ? undefined
    : `${describeValue(
        value,
      )} is not an HTTP header name, a header name contains letters, digits and '-', e.g. "X-Probe"`,
);

export const httpHeaderSchema = z
  .object({ name: httpHeaderNameSchema, value: z.string() })
  .strict();

/**
 * HTTP request of a probe or a lifecycle hook, with the fields of Kubernetes'
 * HTTPGetAction. The wizard offers `host` for hooks and `httpHeaders` for
 * probes only.
 */
export const httpGetActionSchema = z
  .object({
    path: z.string().optional(),
    port: intOrStringSchema,
    scheme: httpSchemeSchema.optional(),
    host: z.string().optional(),
    httpHeaders: z.array(httpHeaderSchema).optional(),
  })
  .strict();

export const tcpSocketActionSchema = z
  .object({ port: intOrStringSchema })
  .strict();

export const execActionSchema = z
  .object({ command: z.array(z.string()).min(1) })
  .strict();

/** Handler key that must be absent because `type` names another handler. */
export function absentHandler(
  handler: string,
  kind: 'probe' | 'hook',
  type: string,
) {
  return absentFieldSchema(
    `a ${kind} of type "${type}" cannot also have ${
      handler === 'exec' ? 'an' : 'a'
    } ${handler} handler, a ${kind} has exactly one handler: remove "${handler}" or set type: ${handler}`,
  );
}
