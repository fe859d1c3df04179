import { useCallback, useState } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  alertApiRef,
  useApi,
  useAppNavigate,
} from '@backstage/frontend-plugin-api';
import { statefulSetApiRef } from '../api/StatefulSetApi';
import { getErrorMessage } from '../lib/actionMessages';
import { buildFormDataQuery, UPDATE_TEMPLATE } from '../lib/updateTemplate';
import { templatePageRouteRef } from '../routes';

/** State and trigger of {@link useUpdateTemplate}. */
export interface UpdateTemplateLauncher {
  /**
   * Loads values.yaml of the entity's repository, applies `changes` on top,
   * and navigates to the update template with the form prefilled.
   */
  open: (changes?: Record<string, unknown>) => Promise<void>;
  /** True while values.yaml is being read. */
  opening: boolean;
  /** Message of the last failed attempt. */
  error?: string;
  /** Reason that the template cannot be opened in this app, if any. */
  unavailableReason?: string;
}

const UNBOUND_REASON =
  "The app binds no template page to the statefulset plugin. Bind its external route templatePage to the scaffolder's selectedTemplate route.";

/**
 * Opens the update template for the entity, prefilled from the values that
 * its repository stores, so that a change goes through Git.
 */
export function useUpdateTemplate(entityRef: string): UpdateTemplateLauncher {
  const statefulSetApi = useApi(statefulSetApiRef);
  const alertApi = useApi(alertApiRef);
  const navigate = useAppNavigate();
  const templatePage = useRouteRef(templatePageRouteRef);

  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string>();

  const open = useCallback(
    async (changes: Record<string, unknown> = {}) => {
      if (!templatePage) {
        return;
      }

      setOpening(true);
      setError(undefined);

      let values: Record<string, unknown>;
      try {
        ({ values } = await statefulSetApi.getRepositoryValues(entityRef));
      } catch (e) {
        const message = `Reading values.yaml of ${entityRef} failed: ${getErrorMessage(
          e,
        )}`;
        setError(message);
        alertApi.post({ message, severity: 'error' });
        return;
      } finally {
        setOpening(false);
      }

      const query = buildFormDataQuery({ ...values, ...changes }, entityRef);
      navigate(`${templatePage(UPDATE_TEMPLATE)}${query}`);
    },
    [statefulSetApi, alertApi, navigate, templatePage, entityRef],
  );

  return {
    open,
    opening,
    error,
    unavailableReason: templatePage ? undefined : UNBOUND_REASON,
  };
}
