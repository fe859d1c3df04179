import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Writes the repository of a StatefulSet from all values of the template form',
    example: yaml.stringify({
      steps: [
        {
          id: 'render',
          action: 'statefulset:render',
          name: 'Render the StatefulSet manifests',
          input: {
            values: '${{ parameters }}',
          },
        },
      ],
    }),
  },
  {
    description:
      'Writes the repository of a three-replica NGINX StatefulSet with a 20Gi claim per pod into the folder "deploy"',
    example: yaml.stringify({
      steps: [
        {
          id: 'render',
          action: 'statefulset:render',
          name: 'Render the StatefulSet manifests',
          input: {
            targetPath: 'deploy',
            values: {
              name: 'nginx',
              replicas: 3,
              owner: 'group:default/guests',
              containers: [
                {
                  name: 'nginx',
                  image: { repository: 'nginx', tag: '1.27.3' },
                  ports: [{ name: 'http', containerPort: 80 }],
                  volumeMounts: [{ name: 'data', mountPath: '/data' }],
                },
              ],
              volumeClaimTemplates: [
                {
                  name: 'data',
                  storage: '20Gi',
                  accessModes: ['ReadWriteOnce'],
                },
              ],
            },
          },
        },
      ],
    }),
  },
];
