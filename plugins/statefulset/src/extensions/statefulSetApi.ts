import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { statefulSetApiRef } from '../api/StatefulSetApi';
import { StatefulSetClient } from '../api/StatefulSetClient';

/** Registers {@link StatefulSetClient} as the `statefulSetApiRef` implementation. */
export const statefulSetApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: statefulSetApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new StatefulSetClient({ discoveryApi, fetchApi }),
    }),
});
