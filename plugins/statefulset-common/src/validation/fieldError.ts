/** One invalid field: where it is and what is wrong with it. */
export interface FieldError {
  /** Path in the values, e.g. `containers[0].ports[1].name`; `values` for the whole input. */
  path: string;
  /** Problem with the value, then a description or example of a valid value. */
  message: string;
}

/** Location of a value as zod and the rules record it. */
export type ValuePath = ReadonlyArray<string | number>;

/** Formats a path as `containers[0].ports[1].name`. */
export function formatPath(path: ValuePath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
    } else if (/^[A-Za-z_$][\w$]*$/.test(segment)) {
      text += text === '' ? segment : `.${segment}`;
    } else {
      // Map keys such as label keys contain '.', '/' or '-', so they are quoted.
      text += `[${JSON.stringify(segment)}]`;
    }
  }
  return text === '' ? 'values' : text;
}

/** Formats errors one per line as `<path>: <message>`. */
export function formatFieldErrors(errors: ReadonlyArray<FieldError>): string {
  return errors.map(error => `${error.path}: ${error.message}`).join('\n');
}
