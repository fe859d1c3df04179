import { z } from 'zod';
import {
  absentHandler,
  execActionSchema,
  httpGetActionSchema,
  tcpSocketActionSchema,
} from './handlers';

/** Timing fields with the defaults the Kubernetes API server applies. */
const timingFields = {
  initialDelaySeconds: z.number().int().optional(),
  periodSeconds: z.number().int().default(10),
  timeoutSeconds: z.number().int().default(1),
  successThreshold: z.number().int().default(1),
  failureThreshold: z.number().int().default(3),
};

const httpGetProbe = z
  .object({
    type: z.literal('httpGet'),
    httpGet: httpGetActionSchema,
    tcpSocket: absentHandler('tcpSocket', 'probe', 'httpGet'),
    exec: absentHandler('exec', 'probe', 'httpGet'),
    ...timingFields,
  })
  .strict();

const tcpSocketProbe = z
  .object({
    type: z.literal('tcpSocket'),
    httpGet: absentHandler('httpGet', 'probe', 'tcpSocket'),
    tcpSocket: tcpSocketActionSchema,
    exec: absentHandler('exec', 'probe', 'tcpSocket'),
    ...timingFields,
  })
  .strict();

const execProbe = z
  .object({
    type: z.literal('exec'),
    httpGet: absentHandler('httpGet', 'probe', 'exec'),
    tcpSocket: absentHandler('tcpSocket', 'probe', 'exec'),
    exec: execActionSchema,
    ...timingFields,
  })
  .strict();

/** Probe with exactly one handler, the one named by `type`. */
export const probeSchema = z.discriminatedUnion('type', [
  httpGetProbe,
  tcpSocketProbe,
  execProbe,
]);

export const probesSchema = z
  .object({
    liveness: probeSchema.optional(),
    readiness: probeSchema.optional(),
    startup: probeSchema.optional(),
  })
  .strict();
