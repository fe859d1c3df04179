import { z } from 'zod';
import { ValuePath } from './fieldError';

function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap();
    } else if (current instanceof z.ZodDefault) {
      current = current.removeDefault();
    } else if (current instanceof z.ZodEffects) {
      current = current.innerType();
    } else {
      return current;
    }
  }
}

function valueAtKey(value: unknown, key: string | number): unknown {
  if (value !== null && typeof value === 'object') {
    return (value as Record<string | number, unknown>)[key];
  }
  return undefined;
}

function chooseOption(schema: z.ZodTypeAny, value: unknown): z.ZodTypeAny {
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const discriminator = valueAtKey(value, schema.discriminator);
    return schema.optionsMap.get(discriminator as z.Primitive) ?? schema;
  }
  return schema;
}

/** Returns the value at a path of an unknown input. */
export function valueAt(input: unknown, path: ValuePath): unknown {
  let value = input;
  for (const key of path) {
    value = valueAtKey(value, key);
  }
  return value;
}

/**
 * Finds the object schema that describes the value at `path`, choosing
 * discriminated union options by the input's discriminator.
 */
export function objectSchemaAt(
  root: z.ZodTypeAny,
  input: unknown,
  path: ValuePath,
): z.AnyZodObject | undefined {
  let schema = chooseOption(unwrap(root), input);
  let value = input;

  for (const key of path) {
    if (schema instanceof z.ZodObject) {
      schema = schema.shape[key] ?? z.never();
    } else if (schema instanceof z.ZodArray) {
      schema = schema.element;
    } else if (schema instanceof z.ZodRecord) {
      schema = schema.valueSchema;
    } else {
      return undefined;
    }
    value = valueAtKey(value, key);
    schema = chooseOption(unwrap(schema), value);
  }

  return schema instanceof z.ZodObject ? schema : undefined;
}
