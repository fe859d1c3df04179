import { z } from 'zod';
import { validateDns1123Label } from '../validation/rules/names';
import {
  validateIngressHost,
  validateIngressPath,
} from '../validation/rules/network';
import {
  validateNodePort,
  validatePortNumber,
} from '../validation/rules/ports';
import { checkedString, dns1123SubdomainSchema, issueFrom } from './checked';
import { intOrStringSchema, protocolSchema } from './primitives';

export const servicePortSchema = z
  .object({
    name: checkedString(validateDns1123Label).optional(),
    port: z.number().int().superRefine(issueFrom(validatePortNumber)),
    targetPort: intOrStringSchema.optional(),
    protocol: protocolSchema.optional(),
    nodePort: z
      .number()
      .int()
      .superRefine(issueFrom(validateNodePort))
      .optional(),
  })
  .strict();

/** Access Service in front of the pods; the headless governing Service is always generated. */
export const serviceSchema = z
  .object({
    enabled: z.boolean(),
    type: z
      .enum(['ClusterIP', 'NodePort', 'LoadBalancer'])
      .default('ClusterIP'),
    ports: z.array(servicePortSchema),
  })
  .strict();

export const ingressPathSchema = z
  .object({
    path: z.string(),
    pathType: z.enum(['Prefix', 'Exact', 'ImplementationSpecific']),
    servicePort: intOrStringSchema,
  })
  .strict()
  .superRefine((value, ctx) => {
    const message = validateIngressPath(value.path, value.pathType);
    if (message) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message, path: ['path'] });
    }
  });

const ingressHostSchema = checkedString(validateIngressHost);

export const ingressRuleSchema = z
  .object({
    host: ingressHostSchema.optional(),
    paths: z.array(ingressPathSchema).min(1),
  })
  .strict();

export const ingressTlsSchema = z
  .object({
    hosts: z.array(ingressHostSchema).min(1),
    secretName: dns1123SubdomainSchema,
  })
  .strict();

/** Ingress whose backend is always the access Service. */
export const ingressSchema = z
  .object({
    enabled: z.boolean(),
    className: dns1123SubdomainSchema.optional(),
    rules: z.array(ingressRuleSchema),
    tls: z.array(ingressTlsSchema).optional(),
  })
  .strict();
