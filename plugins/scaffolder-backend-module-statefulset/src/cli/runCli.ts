import {
  buildRepositoryFiles,
  collectWarnings,
  formatFieldErrors,
  renderManifestsYaml,
  validateStatefulSetValues,
} from '@internal/backstage-plugin-statefulset-common';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeRepositoryFiles } from '../repositoryFiles/writeRepositoryFiles';
import { checkOutputFolder } from './checkOutputFolder';
import { readValuesFile, ValuesFileError } from './readValuesFile';

/** Working directory and output streams of the command line. */
export type CliIo = {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

export const usage = [
  'Usage:',
  '  yarn statefulset render VALUES_FILE [--out DIR]',
  '      Print the manifests as one multi-document YAML stream, or write the',
  '      repository files (manifests, catalog-info.yaml, README.md) into DIR,',
  '      a new or empty folder.',
  '  yarn statefulset validate VALUES_FILE',
  '      Check the values and print every invalid field.',
  'VALUES_FILE is a .yaml, .yml or .json file with the keys of the',
  '"Stateful application" template, for example',
  'templates/statefulset/examples/nginx.yaml.',
].join('\n');

/**
 * Runs the `statefulset` command line with the arguments after the program
 * name and returns the exit code: 0 on success, 1 for invalid values, an
 * unreadable file or an --out folder that is not new or empty, 2 for a
 * usage error.
 */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }

  const [command, valuesFile, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  if (command !== 'render' && command !== 'validate') {
    const problem = command
      ? `Unknown command ${JSON.stringify(command)}`
      : 'Missing command';
    io.stderr(`${problem}: use render or validate.\n${usage}\n`);
    return 2;
  }
  if (!valuesFile || extra.length > 0) {
    io.stderr(`Expected exactly one VALUES_FILE after ${command}.\n${usage}\n`);
    return 2;
  }
  if (command === 'validate' && parsed.values.out !== undefined) {
    io.stderr(`--out applies to render only.\n${usage}\n`);
    return 2;
  }
  if (parsed.values.out === '') {
    io.stderr(`--out needs a folder path.\n${usage}\n`);
    return 2;
  }

  if (parsed.values.out !== undefined) {
    const outputProblem = await checkOutputFolder(
      path.resolve(io.cwd, parsed.values.out),
    );
    if (outputProblem) {
      io.stderr(`${outputProblem}\n`);
      return 1;
    }
  }

  let input: unknown;
  try {
    input = await readValuesFile(path.resolve(io.cwd, valuesFile));
  } catch (error) {
    if (error instanceof ValuesFileError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }

  const result = validateStatefulSetValues(input);
  if (!result.success) {
    io.stderr(`${formatFieldErrors(result.errors)}\n`);
    return 1;
  }
  const values = result.values;

  const warnings = collectWarnings(values);
  if (warnings.length > 0) {
    const lines = formatFieldErrors(warnings).split('\n');
    io.stderr(lines.map(line => `warning: ${line}\n`).join(''));
  }

  if (command === 'validate') {
    io.stdout(`${valuesFile}: valid\n`);
    return 0;
  }

  if (parsed.values.out === undefined) {
    io.stdout(renderManifestsYaml(values));
    return 0;
  }

  const outPath = path.resolve(io.cwd, parsed.values.out);
  const files = buildRepositoryFiles(values);
  await writeRepositoryFiles(outPath, files);
  for (const file of files) {
    io.stdout(`wrote ${path.join(parsed.values.out, file.path)}\n`);
  }
  return 0;
}
