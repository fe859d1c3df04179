import { Entity } from '@backstage/catalog-model';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  statefulSetEditPermission,
  statefulSetRedeployPermission,
  statefulSetScalePermission,
} from '@internal/backstage-plugin-statefulset-common';
import { StatefulSetOwnerPolicy } from './StatefulSetOwnerPolicy';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'nginx', namespace: 'default' },
  spec: { owner: 'group:default/team-a' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
};

function userOf(ownershipEntityRefs: string[]): PolicyQueryUser {
  return {
    credentials: {} as PolicyQueryUser['credentials'],
    info: { userEntityRef: ownershipEntityRefs[0], ownershipEntityRefs },
  };
}

/** Evaluates a decision against the entity with the catalog's own rules. */
const isAllowed = createConditionAuthorizer(Object.values(permissionRules));

describe('StatefulSetOwnerPolicy', () => {
  const policy = new StatefulSetOwnerPolicy();

  it.each([
    ['scale', statefulSetScalePermission],
    ['redeploy', statefulSetRedeployPermission],
    ['edit', statefulSetEditPermission],
  ])('allows an owner to %s', async (_action, permission) => {
    const decision = await policy.handle(
      { permission },
      userOf(['user:default/alice', 'group:default/team-a']),
    );

    expect(decision.result).toBe(AuthorizeResult.CONDITIONAL);
    expect(isAllowed(decision, entity)).toBe(true);
  });

  it.each([
    ['scale', statefulSetScalePermission],
    ['redeploy', statefulSetRedeployPermission],
    ['edit', statefulSetEditPermission],
  ])('denies a non-owner to %s', async (_action, permission) => {
    const decision = await policy.handle(
      { permission },
      userOf(['user:default/bob', 'group:default/team-b']),
    );

    expect(isAllowed(decision, entity)).toBe(false);
  });

  it('allows a user that owns the entity itself', async () => {
    const userOwned: Entity = {
      ...entity,
      spec: { owner: 'user:default/alice' },
      relations: [{ type: 'ownedBy', targetRef: 'user:default/alice' }],
    };

    const decision = await policy.handle(
      { permission: statefulSetScalePermission },
      userOf(['user:default/alice']),
    );

    expect(isAllowed(decision, userOwned)).toBe(true);
    expect(isAllowed(decision, entity)).toBe(false);
  });

  it('denies on an entity without owner', async () => {
    const unowned: Entity = { ...entity, spec: {}, relations: [] };

    const decision = await policy.handle(
      { permission: statefulSetRedeployPermission },
      userOf(['user:default/alice', 'group:default/team-a']),
    );

    expect(isAllowed(decision, unowned)).toBe(false);
  });

  it('denies a caller without user info', async () => {
    const decision = await policy.handle({
      permission: statefulSetScalePermission,
    });

    expect(isAllowed(decision, entity)).toBe(false);
  });

  it('allows other permissions', async () => {
    const decision = await policy.handle(
      { permission: catalogEntityReadPermission },
      userOf(['user:default/bob']),
    );

    expect(decision).toEqual({ result: AuthorizeResult.ALLOW });
  });
});
