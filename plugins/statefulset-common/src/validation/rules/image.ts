import { describeLength, describeValue } from './describe';

// Reference grammar of the distribution project (github.com/distribution/reference).
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const ipv6Address = '\\[[a-fA-F0-9:]+\\]';
const domainWithPort = `(?:${domainName}|${ipv6Address})(?::[0-9]+)?`;
const pathComponent = '[a-z0-9]+(?:(?:[_.]|__|[-]+)[a-z0-9]+)*';
const repositoryPattern = new RegExp(
  `^(?:${domainWithPort}/)?${pathComponent}(?:/${pathComponent})*$`,
);
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/** Maximum length of a repository name, including its registry. */
const REPOSITORY_MAX_LENGTH = 255;

/** Checks an image repository such as `nginx` or `registry.example.com:5000/team/app`. */
export function validateImageRepository(value: string): string | undefined {
  const valid =
    'a repository is an optional registry host and port, then \'/\'-separated lowercase names, without tag or digest, e.g. "nginx" or "registry.example.com/team/app"';

  if (value.trim().length === 0) {
    return `is empty, ${valid}`;
  }
  if (value !== value.trim()) {
    return `${describeValue(value)} has leading or trailing spaces, ${valid}`;
  }
  if (/^[a-z]+:\/\//i.test(value)) {
    return `${describeValue(
      value,
    )} starts with a URL scheme, write it without one, e.g. "${value.replace(
      /^[a-z]+:\/\//i,
      '',
    )}"`;
  }
  if (value.length > REPOSITORY_MAX_LENGTH) {
    return `${describeLength(value)}, ${valid.replace(
      'a repository is',
      'a repository has at most 255 characters and is',
    )}`;
  }

  const atIndex = value.indexOf('@');
  if (atIndex >= 0) {
    return `${describeValue(value)} contains a digest, put "${value.slice(
      atIndex + 1,
    )}" into image.digest and "${value.slice(
      0,
      atIndex,
    )}" into image.repository`;
  }

  const lastSlash = value.lastIndexOf('/');
  const lastName = value.slice(lastSlash + 1);
  const colonIndex = lastName.indexOf(':');
  if (colonIndex >= 0) {
    const repository = value.slice(0, lastSlash + 1 + colonIndex);
    const tag = lastName.slice(colonIndex + 1);
    return `${describeValue(
      value,
    )} contains the tag "${tag}", put "${tag}" into image.tag and "${repository}" into image.repository`;
  }

  if (!repositoryPattern.test(value)) {
    const lowercase = value.toLowerCase();
    if (lowercase !== value && repositoryPattern.test(lowercase)) {
      return `${describeValue(
        value,
      )} contains uppercase letters, repository names are lowercase, e.g. "${lowercase}"`;
    }
    return `${describeValue(value)} is not a valid repository, ${valid}`;
  }
  return undefined;
}

/** Checks an image tag such as `1.27.3`. */
export function validateImageTag(value: string): string | undefined {
  const valid =
    "a tag has at most 128 characters of letters, digits, '_', '.' and '-', and does not start with '.' or '-', e.g. \"1.27.3\"";

  if (value.length === 0) {
    return `is empty, ${valid}, or leave the tag out`;
  }
  if (value.length > 128) {
    return `${describeLength(value)}, ${valid}`;
  }
  if (!tagPattern.test(value)) {
    return `${describeValue(value)} is not a valid tag, ${valid}`;
  }
  return undefined;
}

/** Checks an image digest such as `sha256:` followed by 64 hexadecimal digits. */
export function validateImageDigest(value: string): string | undefined {
  const valid =
    'a digest is an algorithm, a colon and the encoded hash, e.g. "sha256:" followed by 64 lowercase hexadecimal digits';

  if (!digestPattern.test(value)) {
    return `${describeValue(value)} is not a valid digest, ${valid}`;
  }

  const [algorithm, encoded] = value.split(':');
  const hexLengths: Record<string, number> = { sha256: 64, sha512: 128 };
  const expectedLength = hexLengths[algorithm];
  if (
    expectedLength !== undefined &&
    !new RegExp(`^[a-f0-9]{${expectedLength}}$`).test(encoded)
  ) {
    return `${describeValue(
      value,
    )} does not have ${expectedLength} lowercase hexadecimal digits after "${algorithm}:", ${valid}`;
  }
  if (expectedLength === undefined && !/^[a-fA-F0-9]{32,}$/.test(encoded)) {
    return `${describeValue(
      value,
    )} has an encoded hash that is not at least 32 hexadecimal digits, ${valid}`;
  }
  return undefined;
}

/**
 * Checks a whole image reference, `repository[:tag][@digest]`, e.g.
 * `nginx:1.27.3` or `registry.example.com/team/app@sha256:...`.
 */
export function validateImageReference(value: string): string | undefined {
  const atIndex = value.indexOf('@');
  const nameAndTag = atIndex >= 0 ? value.slice(0, atIndex) : value;
  const digest = atIndex >= 0 ? value.slice(atIndex + 1) : undefined;

  const lastSlash = nameAndTag.lastIndexOf('/');
  const colonIndex = nameAndTag.indexOf(':', lastSlash + 1);
  const repository =
    colonIndex >= 0 ? nameAndTag.slice(0, colonIndex) : nameAndTag;
  const tag = colonIndex >= 0 ? nameAndTag.slice(colonIndex + 1) : undefined;

  const repositoryMessage = validateImageRepository(repository);
  if (repositoryMessage) {
    return repositoryMessage;
  }
  if (tag !== undefined) {
    const tagMessage = validateImageTag(tag);
    if (tagMessage) {
      return tagMessage;
    }
  }
  if (digest !== undefined) {
    return validateImageDigest(digest);
  }
  return undefined;
}
