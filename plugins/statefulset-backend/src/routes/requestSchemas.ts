import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { z } from 'zod';

const ENTITY_REF_EXAMPLE = 'component:default/nginx';

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** A full entity ref, normalized to `kind:namespace/name`. */
const entityRefSchema = z
  .string({ error: `must be a string, e.g. ${ENTITY_REF_EXAMPLE}` })
  .transform((value, context) => {
    // The catalog responds 400 to such a ref, which would surface as an internal error.
    if (CONTROL_CHARACTER.test(value)) {
      context.addIssue({
        code: 'custom',
        message: `contains a control character; use kind:namespace/name, e.g. ${ENTITY_REF_EXAMPLE}`,
      });
      return z.NEVER;
    }

    try {
      return stringifyEntityRef(parseEntityRef(value));
    } catch (error) {
      context.addIssue({
        code: 'custom',
        message: `${
          (error as Error).message
        }; use kind:namespace/name, e.g. ${ENTITY_REF_EXAMPLE}`,
      });
      return z.NEVER;
    }
  });

const clusterSchema = z
  .string({
    error: 'must be a string naming a configured cluster, e.g. production',
  })
  .min(1, {
    error: 'must not be empty; name a configured cluster, e.g. production',
  });

export const entityQuerySchema = z.object({ entityRef: entityRefSchema });

/** Query of GET /manifests. */
export const manifestsQuerySchema = z.object({
  entityRef: entityRefSchema,
  cluster: clusterSchema,
});

/** Body of POST /scale; `maxReplicas` comes from `statefulset.maxReplicas`. */
export function scaleBodySchema(maxReplicas: number) {
  const count = z
    .number({
      error: `must be a whole number from 0 to ${maxReplicas}, e.g. 3`,
    })
    .int({ error: `must be a whole number from 0 to ${maxReplicas}, e.g. 3` });
  return z
    .object({
      entityRef: entityRefSchema,
      cluster: clusterSchema,
      replicas: count
        .min(0, { error: `must be at least 0, e.g. 3` })
        .max(maxReplicas, {
          error: `must be at most ${maxReplicas}, the limit set by statefulset.maxReplicas`,
        }),
      expectedReplicas: count.min(0, {
        error:
          'must be the replica count shown before scaling, at least 0, e.g. 2',
      }),
    })
    .strict();
}

export const redeployBodySchema = z
  .object({ entityRef: entityRefSchema, cluster: clusterSchema })
  .strict();

/**
 * Parses request input with a schema, or throws InputError listing every
 * invalid field with the value received and what a valid value looks like.
 */
export function parseRequest<T extends z.ZodType>(
  schema: T,
  input: unknown,
  example: object,
): z.output<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) {
    return result.data;
  }

  const problems = result.error.issues.map(issue => {
    const field = issue.path.join('.') || '(request)';
    if (issue.code === 'unrecognized_keys') {
      return `${issue.keys.join(', ')}: unknown field, remove it`;
    }
    const value = readPath(input, issue.path);
    const received =
      value === undefined ? 'missing' : `got ${JSON.stringify(value)}`;
    return `${field}: ${received}, ${issue.message}`;
  });
  throw new InputError(
    `Invalid request: ${problems.join(
      '; ',
    )}. Example of a valid request: ${JSON.stringify(example)}`,
  );
}

function readPath(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
