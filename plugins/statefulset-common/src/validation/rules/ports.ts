import { describeLength, describeValue } from './describe';

const IANA_SVC_NAME_MAX_LENGTH = 15;

function suggestPortName(value: string): string {
  const suggestion = value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');

  if (suggestion.length <= IANA_SVC_NAME_MAX_LENGTH) {
    return suggestion;
  }

  // Long names: keep the first and the last word, e.g. metrics-exporter-https -> metrics-https.
  const words = suggestion.split('-');
  const firstAndLast = `${words[0]}-${words[words.length - 1]}`;
  if (words.length > 1 && firstAndLast.length <= IANA_SVC_NAME_MAX_LENGTH) {
    return firstAndLast;
  }
  return suggestion.slice(0, IANA_SVC_NAME_MAX_LENGTH).replace(/-+$/, '');
}

/**
 * Checks a container port name (IANA_SVC_NAME): at most 15 characters of
 * a-z, 0-9 and '-', at least one letter, no leading, trailing or doubled '-'.
 */
export function validatePortName(value: string): string | undefined {
  const suggestion = suggestPortName(value);
  const example =
    suggestion && suggestion !== value && /[a-z]/.test(suggestion)
      ? suggestion
      : 'http';
  const valid = `a port name has at most 15 characters of a-z, 0-9 and '-', at least one letter, and no leading, trailing or doubled '-', e.g. "${example}"`;

  if (value.length === 0) {
    return `is empty, ${valid}`;
  }
  if (value.length > IANA_SVC_NAME_MAX_LENGTH) {
    return `${describeLength(value)}, ${valid}`;
  }
  if (!/^[-a-z0-9]+$/.test(value)) {
    return `${describeValue(
      value,
    )} contains characters other than a-z, 0-9 and '-', ${valid}`;
  }
  if (!/[a-z]/.test(value)) {
    return `${describeValue(value)} has no letter, ${valid}`;
  }
  if (value.startsWith('-') || value.endsWith('-')) {
    return `${describeValue(value)} starts or ends with '-', ${valid}`;
  }
  if (value.includes('--')) {
    return `${describeValue(value)} contains '--', ${valid}`;
  }
  return undefined;
}

/** Checks a TCP, UDP or SCTP port number. */
export function validatePortNumber(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    return `${describeValue(
      value,
    )} is out of range, a port number is an integer from 1 to 65535, e.g. 8080`;
  }
  return undefined;
}

/** Checks a port given by number or by the name of a container port. */
export function validatePortNumberOrName(
  value: number | string,
): string | undefined {
  return typeof value === 'number'
    ? validatePortNumber(value)
    : validatePortName(value);
}

/** Default NodePort range of kube-apiserver (`--service-node-port-range`). */
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

/** Checks a fixed node port against the default NodePort range. */
export function validateNodePort(value: number): string | undefined {
  // NOTE: clusters may change the range with --service-node-port-range; this checks the default.
  if (
    !Number.isInteger(value) ||
    value < NODE_PORT_MIN ||
    value > NODE_PORT_MAX
  ) {
    return `${describeValue(
      value,
    )} is outside the NodePort range, a node port is an integer from 30000 to 32767, e.g. 30080, or leave it out so Kubernetes picks one`;
  }
  return undefined;
}
