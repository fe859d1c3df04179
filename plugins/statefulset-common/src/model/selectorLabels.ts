/**
 * Label keys of the StatefulSet's selector. The builder sets both from the
 * values' `name`, so user labels may not set them.
 */
export const SELECTOR_LABEL_KEYS = [
  'app.kubernetes.io/name',
  'app.kubernetes.io/instance',
] as const;

/** Mount path of the node's time zone file when `timezoneSync` is on. */
export const TIMEZONE_MOUNT_PATH = '/etc/localtime';
