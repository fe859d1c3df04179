import { z } from 'zod';
import {
  absentHandler,
  execActionSchema,
  httpGetActionSchema,
} from './handlers';

const execHook = z
  .object({
    type: z.literal('exec'),
    exec: execActionSchema,
    httpGet: absentHandler('httpGet', 'hook', 'exec'),
  })
  .strict();

const httpGetHook = z
  .object({
    type: z.literal('httpGet'),
    exec: absentHandler('exec', 'hook', 'httpGet'),
    httpGet: httpGetActionSchema,
  })
  .strict();

/** Lifecycle hook with exactly one handler, the one named by `type`. */
export const lifecycleHookSchema = z.discriminatedUnion('type', [
  execHook,
  httpGetHook,
]);

export const lifecycleSchema = z
  .object({
    postStart: lifecycleHookSchema.optional(),
    preStop: lifecycleHookSchema.optional(),
  })
  .strict();
