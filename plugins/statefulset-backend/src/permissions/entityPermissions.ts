import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/** Verb for each permission in messages, e.g. "scale". */
function actionOf(permission: ResourcePermission): string {
  return permission.name.replace(/^statefulset\./, '');
}

/** Message telling the caller that the policy denies a permission on an entity. */
export function describeDenial(
  permission: ResourcePermission,
  entityRef: string,
): string {
  return `You may not ${actionOf(
    permission,
  )} the StatefulSet of ${entityRef}: the permission policy denies ${
    permission.name
  }; ask the entity's owners or a portal administrator for access`;
}

/**
 * Asks the permission framework whether the caller may take each action on
 * the entity. The entity ref is the resource ref, so conditional decisions
 * such as "is owner" are evaluated against the entity by the catalog.
 */
export async function authorizeEntityActions(options: {
  permissions: PermissionsService;
  credentials: BackstageCredentials;
  entityRef: string;
  actions: ResourcePermission[];
}): Promise<boolean[]> {
  const decisions = await options.permissions.authorize(
    options.actions.map(permission => ({
      permission,
      resourceRef: options.entityRef,
    })),
    { credentials: options.credentials },
  );
  return decisions.map(decision => decision.result === AuthorizeResult.ALLOW);
}

/** Throws NotAllowedError (403) unless the caller may take the action on the entity. */
export async function requireEntityPermission(options: {
  permissions: PermissionsService;
  credentials: BackstageCredentials;
  entityRef: string;
  permission: ResourcePermission;
}): Promise<void> {
  const [allowed] = await authorizeEntityActions({
    ...options,
    actions: [options.permission],
  });
  if (!allowed) {
    throw new NotAllowedError(
      describeDenial(options.permission, options.entityRef),
    );
  }
}
