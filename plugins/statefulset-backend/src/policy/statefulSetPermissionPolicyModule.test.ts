import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { PermissionPolicy } from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { JsonObject } from '@backstage/types';
import { StatefulSetOwnerPolicy } from './StatefulSetOwnerPolicy';
import { statefulSetPermissionPolicyModule } from './statefulSetPermissionPolicyModule';

/** Starts a backend with the module and returns the policies it set. */
async function startWithConfig(data: JsonObject): Promise<PermissionPolicy[]> {
  const policies: PermissionPolicy[] = [];

  await startTestBackend({
    extensionPoints: [
      [policyExtensionPoint, { setPolicy: policy => policies.push(policy) }],
    ],
    features: [
      statefulSetPermissionPolicyModule,
      mockServices.rootConfig.factory({ data }),
    ],
  });

  return policies;
}

describe('statefulSetPermissionPolicyModule', () => {
  it('sets the owners-only policy', async () => {
    const policies = await startWithConfig({
      statefulset: { permissionPolicy: 'ownersOnly' },
    });

    expect(policies).toHaveLength(1);
    expect(policies[0]).toBeInstanceOf(StatefulSetOwnerPolicy);
  });

  it('sets allow-all without config', async () => {
    const policies = await startWithConfig({});

    expect(policies).toHaveLength(1);
    expect(policies[0]).not.toBeInstanceOf(StatefulSetOwnerPolicy);
  });

  it('stops start-up on unknown policy', async () => {
    await expect(
      startWithConfig({ statefulset: { permissionPolicy: 'owners' } }),
    ).rejects.toThrow(
      'Invalid config statefulset.permissionPolicy: "owners"; use one of allowAll, ownersOnly, e.g. ownersOnly',
    );
  });
});
