const repositoryNamePattern = /^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/;
const maxRepositoryNameLength = 100;

/**
 * Checks a repository name for the local Git root. The name becomes a folder
 * name, so it may not contain `/`, start with `.` or contain `..`.
 *
 * @returns the error message, or undefined when the name is valid
 */
export function validateRepositoryName(name: string): string | undefined {
  const valid =
    name.length <= maxRepositoryNameLength &&
    repositoryNamePattern.test(name) &&
    !name.includes('..') &&
    !name.endsWith('.git');
  if (valid) {
    return undefined;
  }
  return (
    `Invalid repository name ${JSON.stringify(name)}: use at most ` +
    `${maxRepositoryNameLength} lowercase letters, digits, '.', '_' and '-', ` +
    `starting and ending with a letter or digit, without '..' or a '.git' ` +
    `suffix, for example "nginx"`
  );
}
