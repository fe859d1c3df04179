import { ConfigReader } from '@backstage/config';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  statefulSetRedeployPermission,
  statefulSetScalePermission,
} from '@internal/backstage-plugin-statefulset-common';
import { selectPermissionPolicy } from './selectPermissionPolicy';
import { StatefulSetOwnerPolicy } from './StatefulSetOwnerPolicy';

const stranger: PolicyQueryUser = {
  credentials: {} as PolicyQueryUser['credentials'],
  info: {
    userEntityRef: 'user:default/bob',
    ownershipEntityRefs: ['user:default/bob'],
  },
};

describe('selectPermissionPolicy', () => {
  it.each([
    ['absent key', {}, 'allowAll'],
    ['allowAll', { statefulset: { permissionPolicy: 'allowAll' } }, 'allowAll'],
    [
      'ownersOnly',
      { statefulset: { permissionPolicy: 'ownersOnly' } },
      'ownersOnly',
    ],
  ])('selects the policy for %s', (_case, data, expected) => {
    const { name } = selectPermissionPolicy(new ConfigReader(data));

    expect(name).toBe(expected);
  });

  it('returns the owner policy for ownersOnly', () => {
    const { policy } = selectPermissionPolicy(
      new ConfigReader({ statefulset: { permissionPolicy: 'ownersOnly' } }),
    );

    expect(policy).toBeInstanceOf(StatefulSetOwnerPolicy);
  });

  it.each([
    ['scale', statefulSetScalePermission],
    ['redeploy', statefulSetRedeployPermission],
    ['catalog read', catalogEntityReadPermission],
  ])('allowAll allows %s to anyone', async (_case, permission) => {
    const { policy } = selectPermissionPolicy(new ConfigReader({}));

    const decision = await policy.handle({ permission }, stranger);

    expect(decision).toEqual({ result: AuthorizeResult.ALLOW });
  });

  it.each([
    ['misspelled value', 'ownerOnly', '"ownerOnly"'],
    ['wrong case', 'OwnersOnly', '"OwnersOnly"'],
  ])('rejects %s', (_case, value, quoted) => {
    const config = new ConfigReader({
      statefulset: { permissionPolicy: value },
    });

    expect(() => selectPermissionPolicy(config)).toThrow(
      `Invalid config statefulset.permissionPolicy: ${quoted}; use one of allowAll, ownersOnly, e.g. ownersOnly`,
    );
  });

  it.each([
    ['boolean', true],
    ['empty string', ''],
  ])('rejects a %s value by key', (_case, value) => {
    const config = new ConfigReader({
      statefulset: { permissionPolicy: value },
    });

    expect(() => selectPermissionPolicy(config)).toThrow(
      /statefulset\.permissionPolicy/,
    );
  });
});
