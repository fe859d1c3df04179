import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';
import { buildRepositoryFiles } from '../builder';
import { validateStatefulSetValues } from '../validation';

const examplesDirectory = resolve(
  __dirname,
  '../../../../templates/statefulset/examples',
);

function renderFrom(input: unknown) {
  const result = validateStatefulSetValues(input);
  if (!result.success) {
    throw new Error(JSON.stringify(result.errors));
  }
  return buildRepositoryFiles(result.values);
}

describe('rendering from stored values.yaml', () => {
  it.each(['nginx.yaml', 'full.yaml'])(
    '%s renders the same bytes again',
    example => {
      const first = renderFrom(
        parse(readFileSync(resolve(examplesDirectory, example), 'utf8')),
      );
      const storedValues = first.find(file => file.path === 'values.yaml')!;

      const second = renderFrom(parse(storedValues.content));

      expect(second.map(file => file.path)).toEqual(
        first.map(file => file.path),
      );
      for (const [index, file] of first.entries()) {
        expect({ path: file.path, content: second[index].content }).toEqual({
          path: file.path,
          content: file.content,
        });
      }
    },
  );
});
