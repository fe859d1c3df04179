import { ComponentType, useState } from 'react';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { JsonObject } from '@backstage/types';

/** Base URL of the `statefulset` backend in field tests, where msw handlers respond. */
export const TEST_BACKEND_URL = 'http://localhost:7007/api/statefulset';

type RenderOptions = {
  /** Property name of the field, which is also its parameter key. */
  name: string;
  formData?: unknown;
  /** Values of the other parameters, as the scaffolder passes them in `formContext.formData`. */
  otherValues?: JsonObject;
  uiOptions?: JsonObject;
  title?: string;
  /** JSON schema of the field; `title` replaces its title. */
  schema?: JsonObject;
  /** Errors from the step's validation; any error shows every message in place. */
  rawErrors?: string[];
};

/**
 * Renders a field extension as the scaffolder form would: the field's value
 * lives in state, and `current()` returns the latest value it emitted.
 */
export async function renderField(
  Field: ComponentType<any>,
  options: RenderOptions,
) {
  let latest: unknown = options.formData;

  function Harness() {
    const [value, setValue] = useState<unknown>(options.formData);
    const formData = {
      ...options.otherValues,
      [options.name]: value,
    } as JsonObject;
    return (
      <Field
        name={options.name}
        formData={value}
        onChange={(next: unknown) => {
          latest = next;
          setValue(next);
        }}
        schema={{
          ...options.schema,
          ...(options.title ? { title: options.title } : {}),
        }}
        uiSchema={{ 'ui:options': options.uiOptions ?? {} }}
        idSchema={{ $id: `root_${options.name}` }}
        formContext={{ formData }}
        rawErrors={options.rawErrors}
        required={false}
        disabled={false}
        readonly={false}
        registry={{} as any}
        onBlur={() => {}}
        onFocus={() => {}}
        errorSchema={{}}
      />
    );
  }

  const fetchApi = { fetch: (input: any, init?: any) => fetch(input, init) };
  const discoveryApi = { getBaseUrl: async () => TEST_BACKEND_URL };
  const rendered = await renderInTestApp(
    <TestApiProvider
      apis={[
        [fetchApiRef, fetchApi],
        [discoveryApiRef, discoveryApi],
      ]}
    >
      <Harness />
    </TestApiProvider>,
  );

  return { ...rendered, current: () => latest };
}

/** Returns the input element bound to a model path, such as `containers[0].name`. */
export function inputAt(container: HTMLElement, path: string): HTMLElement {
  const element = container.querySelector(`[data-path="${path}"]`);
  if (!element) {
    throw new Error(`no input is bound to path ${path}`);
  }
  return element as HTMLElement;
}
