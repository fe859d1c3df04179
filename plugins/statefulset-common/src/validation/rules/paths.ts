import { describeValue } from './describe';

/** Checks an absolute path in a container or on a node, e.g. a mount path. */
export function validateAbsolutePath(
  value: string,
  example = '/data',
): string | undefined {
  const valid = `an absolute path starts with '/', e.g. "${example}"`;

  if (value.length === 0) {
    return `is empty, ${valid}`;
  }
  if (!value.startsWith('/')) {
    return `${describeValue(value)} is not an absolute path, ${valid}`;
  }
  if (value.split('/').includes('..')) {
    return `${describeValue(value)} contains '..', ${valid} without '..'`;
  }
  return undefined;
}

/** Checks a volume mount's subPath: relative, without '..'. */
export function validateSubPath(value: string): string | undefined {
  const valid = `a subPath is a relative path inside the volume without '..', e.g. "config/app.conf"`;

  if (value.startsWith('/')) {
    return `${describeValue(value)} is an absolute path, ${valid}`;
  }
  if (value.split('/').includes('..')) {
    return `${describeValue(value)} contains '..', ${valid}`;
  }
  return undefined;
}

/** Checks a file mode such as `defaultMode`: 0 to 0777 (511 in decimal). */
export function validateFileMode(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value > 0o777) {
    return `${describeValue(
      value,
    )} is out of range, a file mode is from 0 to 0777 octal (0 to 511 decimal); in YAML write 0o644 or 420, because 0644 reads as decimal 644`;
  }
  return undefined;
}

const logstorePattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Checks a Simple Log Service logstore name: 3 to 63 characters of lowercase
 * letters, digits and '-' with a letter or digit at each end. Underscores,
 * which the service allows, are rejected: with them the variable
 * `aliyun_logs_a_tags` could be logstore `a_tags` or the tags of logstore `a`.
 */
export function validateLogstore(value: string): string | undefined {
  const valid = `a logstore name has 3 to 63 characters of lowercase letters, digits and '-', and starts and ends with a letter or digit, e.g. "nginx-access"`;

  if (value.length < 3 || value.length > 63) {
    return `${describeValue(value)} is ${
      value.length
    } characters long, ${valid}`;
  }
  if (!logstorePattern.test(value)) {
    return `${describeValue(value)} is not a valid logstore name, ${valid}`;
  }
  return undefined;
}

/**
 * Checks where a log collection reads from: `stdout`, or an absolute file
 * path whose file name may contain wildcards, e.g. `/var/log/nginx/*.log`.
 */
export function validateLogPath(value: string): string | undefined {
  const valid = `a log path is "stdout" or an absolute file path with wildcards only in the file name, e.g. "/var/log/app/*.log"`;

  if (value === 'stdout') {
    return undefined;
  }

  const pathMessage = validateAbsolutePath(value, '/var/log/app/*.log');
  if (pathMessage) {
    return `${pathMessage.replace(/, an absolute path.*$/, '')}, ${valid}`;
  }

  const directory = logDirectory(value);
  if (/[*?[\]]/.test(directory)) {
    return `${describeValue(value)} has a wildcard in its directory, ${valid}`;
  }
  if (directory === '/') {
    return `${describeValue(
      value,
    )} is a file in '/', which cannot be mounted over, ${valid}`;
  }
  if (value.endsWith('/')) {
    return `${describeValue(value)} names a directory, ${valid}`;
  }
  return undefined;
}

/** Returns the directory of a log file path, which gets an emptyDir volume. */
export function logDirectory(path: string): string {
  const lastSlash = path.lastIndexOf('/');
  return lastSlash <= 0 ? '/' : path.slice(0, lastSlash);
}
