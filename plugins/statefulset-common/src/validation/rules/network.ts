import { describeValue } from './describe';
import { validateDns1123Subdomain } from './names';

const ipv4Pattern = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Checks an Ingress host: a lowercase DNS name, optionally starting with
 * `*.`, without IP address, port or scheme.
 */
export function validateIngressHost(value: string): string | undefined {
  const rule = `a host is a lowercase DNS name without scheme, port or path, with a wildcard only as the first label "*."`;
  const valid = `${rule}, e.g. "shop.example.com" or "*.example.com"`;

  if (value.length === 0) {
    return `is empty, ${valid}, or leave the host out to match every host`;
  }
  if (/^[a-z]+:\/\//i.test(value)) {
    return `${describeValue(value)} contains a scheme, ${valid}`;
  }
  if (
    ipv4Pattern.test(value) ||
    value.includes('[') ||
    (/^[0-9a-f:]+$/i.test(value) && value.includes(':'))
  ) {
    return `${describeValue(value)} is an IP address, ${valid}`;
  }
  if (value.includes(':')) {
    return `${describeValue(value)} contains a port, ${valid}`;
  }
  if (value.includes('/')) {
    return `${describeValue(value)} contains a path, ${valid}`;
  }

  const name = value.startsWith('*.') ? value.slice(2) : value;
  if (name.includes('*')) {
    return `${describeValue(
      value,
    )} has a wildcard that is not the whole first label, ${valid}`;
  }
  if (validateDns1123Subdomain(name) !== undefined) {
    const lowercase = value.toLowerCase();
    const lowercaseIsValid =
      lowercase !== value && validateIngressHost(lowercase) === undefined;
    return `${describeValue(value)} is not a valid DNS name, ${
      lowercaseIsValid ? `${rule}, e.g. "${lowercase}"` : valid
    }`;
  }
  return undefined;
}

const invalidPathSequences = ['//', '/./', '/../', '%2f', '%2F'];
const invalidPathSuffixes = ['/..', '/.'];

/**
 * Checks an Ingress path as the API server does: absolute, and for `Prefix`
 * and `Exact` without `//`, `/./`, `/../`, `%2f` or a trailing `/.` or `/..`.
 */
export function validateIngressPath(
  value: string,
  pathType: string,
): string | undefined {
  const valid = `an Ingress path starts with '/', e.g. "/" or "/api"`;

  if (pathType === 'ImplementationSpecific') {
    if (value.length > 0 && !value.startsWith('/')) {
      return `${describeValue(value)} is not an absolute path, ${valid}`;
    }
    return undefined;
  }

  if (!value.startsWith('/')) {
    return `${describeValue(value)} is not an absolute path, ${valid}`;
  }
  for (const sequence of invalidPathSequences) {
    if (value.includes(sequence)) {
      return `${describeValue(
        value,
      )} contains "${sequence}", which a ${pathType} path cannot contain, ${valid} and has no empty, '.' or '..' segments`;
    }
  }
  for (const suffix of invalidPathSuffixes) {
    if (value.endsWith(suffix)) {
      return `${describeValue(
        value,
      )} ends with "${suffix}", which a ${pathType} path cannot, ${valid} and has no '.' or '..' segments`;
    }
  }
  return undefined;
}

/** Checks a scheduling weight, which Kubernetes accepts from 1 to 100. */
export function validateWeight(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 100) {
    return `${describeValue(
      value,
    )} is out of range, a weight is an integer from 1 to 100, e.g. 50`;
  }
  return undefined;
}
