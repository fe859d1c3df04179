import { InputError, NotFoundError } from '@backstage/errors';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  locateRepository,
  repositoryFileUrl,
} from '@internal/backstage-plugin-statefulset-common';
import { parse } from 'yaml';
import { RepositoryFileCache } from './RepositoryFileCache';

/** Path of the values file in a generated repository. */
export const VALUES_FILE = 'values.yaml';

/**
 * Reads and parses values.yaml of the entity's repository. Throws InputError
 * when the entity has no repository URL or the file is not a YAML mapping,
 * and NotFoundError naming the URL when the file does not exist.
 */
export async function readRepositoryValues(
  entity: Entity,
  files: RepositoryFileCache,
): Promise<{ valuesUrl: string; values: Record<string, unknown> }> {
  const entityRef = stringifyEntityRef(entity);
  const location = locateRepository(entity);
  if (!location.found) {
    throw new InputError(
      `Cannot find the repository of ${entityRef}: ${location.reason}`,
    );
  }

  const valuesUrl = repositoryFileUrl(location.baseUrl, VALUES_FILE);
  let text: string;
  try {
    text = await files.read(valuesUrl);
  } catch (error) {
    if ((error as Error)?.name === 'NotFoundError') {
      throw new NotFoundError(
        `${VALUES_FILE} not found at ${valuesUrl}; the repository of ${entityRef} ` +
          'was not created by the "Stateful application" template, or the file was removed',
      );
    }
    throw error;
  }

  let values: unknown;
  try {
    values = parse(text);
  } catch (error) {
    throw new InputError(
      `${valuesUrl} is not valid YAML: ${
        (error as Error).message
      }; fix the file in the repository`,
    );
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new InputError(
      `${valuesUrl} does not contain a YAML mapping of template values; ` +
        'it should start with keys such as "name: nginx"',
    );
  }
  return { valuesUrl, values: values as Record<string, unknown> };
}
