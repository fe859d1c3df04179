/**
 * Formats the time since `timestamp` the way `kubectl get` does in its AGE
 * column: `45s`, `12m`, `5h`, `3d`. Returns `-` for a missing or invalid
 * timestamp.
 */
export function formatAge(timestamp: string | undefined, now: Date): string {
  if (!timestamp) {
    return '-';
  }

  const start = Date.parse(timestamp);
  if (Number.isNaN(start)) {
    return '-';
  }

  const seconds = Math.max(0, Math.floor((now.getTime() - start) / 1000));
  if (seconds < 60) {
    return `${seconds}s`;
  }

  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    return `${minutes}m`;
  }

  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    return `${hours}h`;
  }

  return `${Math.floor(hours / 24)}d`;
}
