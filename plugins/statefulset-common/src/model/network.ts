import { z } from 'zod';
import { intOrStringSchema, protocolSchema } from './primitives';

export const servicePortSchema = z
  .object({
    name: z.string().optional(),
    port: z.number().int(),
    targetPort: intOrStringSchema.optional(),
    protocol: protocolSchema.optional(),
    nodePort: z.number().int().optional(),
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
  .strict();

export const ingressRuleSchema = z
  .object({
    host: z.string().optional(),
    paths: z.array(ingressPathSchema).min(1),
  })
  .strict();

export const ingressTlsSchema = z
  .object({
    hosts: z.array(z.string()),
    secretName: z.string(),
  })
  .strict();

/** Ingress whose backend is always the access Service. */
export const ingressSchema = z
  .object({
    enabled: z.boolean(),
    className: z.string().optional(),
    rules: z.array(ingressRuleSchema),
    tls: z.array(ingressTlsSchema).optional(),
  })
  .strict();
