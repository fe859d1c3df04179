/**
 * Copies an error for the auditor without its stack trace, which the
 * auditor would otherwise write into the log.
 */
export function auditError(error: unknown): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const copy = new Error(source.message);
  copy.name = source.name;
  copy.stack = undefined;
  return copy;
}
