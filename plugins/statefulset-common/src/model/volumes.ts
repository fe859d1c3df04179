import { z } from 'zod';
import { quantitySchema } from './primitives';

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
    name: z.string(),
    type: z.literal('hostPath'),
    hostPath: z
      .object({ path: z.string(), type: z.enum(HOST_PATH_TYPES).optional() })
      .strict(),
  })
  .strict();

/** File mode bits; YAML reads `0644` as decimal 644, so write `0o644` or 420. */
const defaultModeSchema = z.number().int().optional();

const configMapVolume = z
  .object({
    name: z.string(),
    type: z.literal('configMap'),
    configMap: z
      .object({
        name: z.string(),
        defaultMode: defaultModeSchema,
        optional: z.boolean().optional(),
      })
      .strict(),
  })
  .strict();

const secretVolume = z
  .object({
    name: z.string(),
    type: z.literal('secret'),
    secret: z
      .object({
        secretName: z.string(),
        defaultMode: defaultModeSchema,
        optional: z.boolean().optional(),
      })
      .strict(),
  })
  .strict();

const emptyDirVolume = z
  .object({
    name: z.string(),
    type: z.literal('emptyDir'),
    emptyDir: z
      .object({
        medium: z.enum(['', 'Memory']).optional(),
        sizeLimit: quantitySchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const persistentVolumeClaimVolume = z
  .object({
    name: z.string(),
    type: z.literal('persistentVolumeClaim'),
    persistentVolumeClaim: z
      .object({ claimName: z.string(), readOnly: z.boolean().optional() })
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
    name: z.string(),
    storageClassName: z.string().optional(),
    storage: quantitySchema,
    accessModes: z.array(z.enum(ACCESS_MODES)).min(1),
  })
  .strict();

export const persistentVolumeClaimRetentionPolicySchema = z
  .object({
    whenScaled: z.enum(['Retain', 'Delete']).optional(),
    whenDeleted: z.enum(['Retain', 'Delete']).optional(),
  })
  .strict();
