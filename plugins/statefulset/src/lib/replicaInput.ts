/** Largest replica count Kubernetes accepts: `spec.replicas` is an int32. */
export const MAX_REPLICAS = 2147483647;

/**
 * Number of pods created in one step above which the Scale dialog prompts the
 * user to check that the cluster has room.
 *
 * NOTE: a usability threshold chosen for this card, not a Kubernetes limit.
 */
export const LARGE_SCALE_UP = 10;

/** Result of reading the replica count typed into the Scale dialog. */
export type ReplicaInput =
  | { valid: true; replicas: number }
  | { valid: false; error: string };

/**
 * Reads the new replica count from the dialog's text field. Accepts whole
 * numbers from 0 to {@link MAX_REPLICAS}; the error names the value and what
 * a valid one looks like.
 */
export function parseReplicaInput(text: string): ReplicaInput {
  const trimmed = text.trim();

  if (trimmed === '') {
    return { valid: false, error: 'Enter a replica count, e.g. 3' };
  }

  if (!/^-?\d+$/.test(trimmed)) {
    return {
      valid: false,
      error: `"${trimmed}" is not a whole number; enter a replica count such as 3`,
    };
  }

  const replicas = Number(trimmed);
  if (replicas < 0) {
    return {
      valid: false,
      error: `${trimmed} is negative; enter 0 or more replicas`,
    };
  }

  if (replicas > MAX_REPLICAS) {
    return {
      valid: false,
      error: `${trimmed} is above the Kubernetes maximum of ${MAX_REPLICAS} replicas`,
    };
  }

  return { valid: true, replicas };
}
