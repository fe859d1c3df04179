import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'yaml';

/** A values file that could not be read or parsed; the message is one line. */
export class ValuesFileError extends Error {
  name = 'ValuesFileError';
}

const parsers: Record<string, (text: string, filePath: string) => unknown> = {
  '.yaml': parseYaml,
  '.yml': parseYaml,
  '.json': parseJson,
};

/**
 * Reads a values file of the "Stateful application" template, in YAML or
 * JSON as its extension indicates, and returns the parsed document unvalidated.
 */
export async function readValuesFile(filePath: string): Promise<unknown> {
  const extension = path.extname(filePath).toLowerCase();
  const parse = parsers[extension];
  if (!parse) {
    throw new ValuesFileError(
      `Unsupported extension ${JSON.stringify(extension || '(none)')} of ` +
        `${filePath}: use a .yaml, .yml or .json file`,
    );
  }

  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    throw new ValuesFileError(
      `Cannot read ${filePath}: ${describeReadError(error)}`,
    );
  }

  return parse(text, filePath);
}

function parseYaml(text: string, filePath: string): unknown {
  const document = yaml.parseDocument(text);
  const [error] = document.errors;
  if (error) {
    // With prettyErrors (the default), the message ends with the position and
    // a code excerpt on the following lines, and linePos contains the same position.
    const position = error.linePos?.[0];
    const where = position
      ? ` at line ${position.line}, column ${position.col}`
      : '';
    const reason = firstLine(error.message).replace(
      / at line \d+, column \d+:?$/,
      '',
    );
    throw new ValuesFileError(`Invalid YAML in ${filePath}${where}: ${reason}`);
  }
  return document.toJS();
}

function parseJson(text: string, filePath: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValuesFileError(
      `Invalid JSON in ${filePath}: ${firstLine((error as Error).message)}`,
    );
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'the file does not exist';
    case 'EACCES':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, expected a file';
    default:
      return firstLine(String((error as Error).message));
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}
