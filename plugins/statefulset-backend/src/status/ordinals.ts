import { V1StatefulSet } from '@kubernetes/client-node';

/**
 * Reads the ordinal from a name `<prefix>-<ordinal>`, e.g. `web-2` with prefix
 * `web`. Returns undefined when the name has another form.
 */
export function parseOrdinal(name: string, prefix: string): number | undefined {
  if (!name.startsWith(`${prefix}-`)) {
    return undefined;
  }
  const suffix = name.slice(prefix.length + 1);
  if (!/^(0|[1-9][0-9]*)$/.test(suffix)) {
    return undefined;
  }
  return Number(suffix);
}

/**
 * Range of ordinals the set should run: `spec.ordinals.start` (0 by default)
 * up to, but not including, start + replicas.
 */
export function desiredOrdinalRange(set: V1StatefulSet): {
  start: number;
  end: number;
} {
  const start = set.spec?.ordinals?.start ?? 0;
  const replicas = set.spec?.replicas ?? 1;
  return { start, end: start + replicas };
}

/** Converts a timestamp the client deserialized into a Date back to RFC 3339. */
export function toTimestamp(
  value: Date | string | undefined,
): string | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  return value instanceof Date ? value.toISOString() : String(value);
}
