import { z } from 'zod';
import { describeValue } from '../validation/rules/describe';
import {
  validateAbsolutePath,
  validateFileMode,
} from '../validation/rules/paths';
import { validateDns1123Subdomain } from '../validation/rules/names';
import {
  checkedString,
  dns1123LabelSchema,
  dns1123SubdomainSchema,
  issueFrom,
  quantitySchemaOf,
} from './checked';

export const HOST_PATH_TYPES = [
  '',
  'DirectoryOrCreate',
  'Directory',
  'FileOrCreate',
  'File',
  'Socket',
  'CharDevice',
  'BlockDevice',
] as const;

const hostPathVolume = z
  .object({
    name: dns1123LabelSchema,
    type: z.literal('hostPath'),
    hostPath: z
      .object({
        path: checkedString(path => validateAbsolutePath(path, '/var/lib/app')),
        type: z.enum(HOST_PATH_TYPES).optional(),
      })
      .strict(),
  })
  .strict();

/** File mode bits; YAML reads `0644` as decimal 644, so write `0o644` or 420. */
const defaultModeSchema = z
  .number()
  .int()
  .superRefine(issueFrom(validateFileMode))
  .optional();

const configMapVolume = z
  .object({
    name: dns1123LabelSchema,
    type: z.literal('configMap'),
    configMap: z
      .object({
        name: dns1123SubdomainSchema,
        defaultMode: defaultModeSchema,
        optional: z.boolean().optional(),
      })
      .strict(),
  })
  .strict();

const secretVolume = z
  .object({
    name: dns1123LabelSchema,
    type: z.literal('secret'),
    secret: z
      .object({
        secretName: dns1123SubdomainSchema,
        defaultMode: defaultModeSchema,
        optional: z.boolean().optional(),
      })
      .strict(),
  })
  .strict();

const emptyDirVolume = z
  .object({
    name: dns1123LabelSchema,
    type: z.literal('emptyDir'),
    emptyDir: z
      .object({
        medium: z.enum(['', 'Memory']).optional(),
        sizeLimit: quantitySchemaOf('storage', { positive: true }).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const persistentVolumeClaimVolume = z
  .object({
    name: dns1123LabelSchema,
    type: z.literal('persistentVolumeClaim'),
    persistentVolumeClaim: z
      .object({
        claimName: dns1123SubdomainSchema,
        readOnly: z.boolean().optional(),
      })
      .strict(),
  })
  .strict();

/** Pod volume, discriminated by `type`. */
export const volumeSchema = z.discriminatedUnion('type', [
  hostPathVolume,
  configMapVolume,
  secretVolume,
  emptyDirVolume,
  persistentVolumeClaimVolume,
]);

export const ACCESS_MODES = [
  'ReadWriteOnce',
  'ReadOnlyMany',
  'ReadWriteMany',
  'ReadWriteOncePod',
] as const;

/**
 * Per-pod claim. An absent `storageClassName` leaves the choice to the
 * cluster's default StorageClass.
 */
export const volumeClaimTemplateSchema = z
  .object({
    name: dns1123LabelSchema,
    storageClassName: checkedString(value =>
      // An empty class would request a volume without any class. The form
      // leaves an empty field out, so here it is rejected as ambiguous.
      value === ''
        ? 'is empty, leave storageClassName out to use the cluster\'s default StorageClass, or name a StorageClass such as "fast-ssd"'
        : validateDns1123Subdomain(value),
    ).optional(),
    storage: quantitySchemaOf('storage', { positive: true }),
    accessModes: z
      .array(z.enum(ACCESS_MODES))
      .min(1)
      .superRefine(
        issueFrom(modes =>
          modes.includes('ReadWriteOncePod') && modes.length > 1
            ? `${describeValue(
                modes,
              )} combines ReadWriteOncePod with other modes, ReadWriteOncePod must be the only access mode, e.g. ["ReadWriteOncePod"]`
            : undefined,
        ),
      ),
  })
  .strict();

export const persistentVolumeClaimRetentionPolicySchema = z
  .object({
    whenScaled: z.enum(['Retain', 'Delete']).optional(),
    whenDeleted: z.enum(['Retain', 'Delete']).optional(),
  })
  .strict();
