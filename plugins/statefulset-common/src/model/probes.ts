import { z } from 'zod';
import { checkedInteger } from './checked';
import {
  absentHandler,
  execActionSchema,
  httpGetActionSchema,
  tcpSocketActionSchema,
} from './handlers';

/** Timing fields with the defaults the Kubernetes API server applies. */
const timingFields = {
  initialDelaySeconds: checkedInteger({
    min: 0,
    rule: 'initialDelaySeconds is a whole number of seconds of 0 or more, e.g. 10',
  }).optional(),
  periodSeconds: checkedInteger({
    min: 1,
    rule: 'periodSeconds is a whole number of seconds of 1 or more, e.g. 10',
  }).default(10),
  timeoutSeconds: checkedInteger({
    min: 1,
    rule: 'timeoutSeconds is a whole number of seconds of 1 or more, e.g. 1',
  }).default(1),
  successThreshold: checkedInteger({
    min: 1,
    rule: 'successThreshold is a count of 1 or more, e.g. 1',
  }).default(1),
  failureThreshold: checkedInteger({
    min: 1,
    rule: 'failureThreshold is a count of 1 or more, e.g. 3',
  }).default(3),
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
