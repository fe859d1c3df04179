import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { statefulSetPermissions } from '@internal/backstage-plugin-statefulset-common';

const STATEFULSET_PERMISSION_NAMES = new Set(
  statefulSetPermissions.map(permission => permission.name),
);

/**
 * Example permission policy: only the owners of an entity may scale,
 * redeploy or edit its StatefulSet; every other permission is allowed.
 *
 * A user owns an entity when one of the user's ownership refs (the user
 * itself and, with the default sign-in resolvers, the groups it is a member
 * of) is the target of the entity's `ownedBy` relation. The catalog
 * evaluates that condition against the entity named in the request.
 *
 * NOTE: allowing every other permission mirrors the allow-all policy and
 * suits only a demo portal; merge the StatefulSet branch into your own
 * policy instead.
 *
 * @public
 */
export class StatefulSetOwnerPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (
      isResourcePermission(request.permission, RESOURCE_TYPE_CATALOG_ENTITY) &&
      STATEFULSET_PERMISSION_NAMES.has(request.permission.name)
    ) {
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({
          claims: user?.info.ownershipEntityRefs ?? [],
        }),
      );
    }

    return { result: AuthorizeResult.ALLOW };
  }
}
