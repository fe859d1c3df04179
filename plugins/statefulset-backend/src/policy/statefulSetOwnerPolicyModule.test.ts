import { startTestBackend } from '@backstage/backend-test-utils';
import { PermissionPolicy } from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { StatefulSetOwnerPolicy } from './StatefulSetOwnerPolicy';
import { statefulSetOwnerPolicyModule } from './statefulSetOwnerPolicyModule';

describe('statefulSetOwnerPolicyModule', () => {
  it('sets the owner policy', async () => {
    const policies: PermissionPolicy[] = [];

    await startTestBackend({
      extensionPoints: [
        [policyExtensionPoint, { setPolicy: policy => policies.push(policy) }],
      ],
      features: [statefulSetOwnerPolicyModule],
    });

    expect(policies).toHaveLength(1);
    expect(policies[0]).toBeInstanceOf(StatefulSetOwnerPolicy);
  });
});
