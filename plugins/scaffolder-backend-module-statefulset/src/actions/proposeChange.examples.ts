import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Renders the edited values and proposes them as a change to the repository of the chosen component',
    example: yaml.stringify({
      steps: [
        {
          id: 'render',
          action: 'statefulset:render',
          name: 'Render the StatefulSet manifests',
          input: { values: '${{ parameters }}' },
        },
        {
          id: 'propose',
          action: 'statefulset:propose-change',
          name: 'Propose the change',
          input: {
            entityRef: '${{ parameters.entity }}',
            values: '${{ parameters }}',
          },
        },
      ],
    }),
  },
  {
    description: 'Proposes the change on a named branch with a title',
    example: yaml.stringify({
      steps: [
        {
          id: 'propose',
          action: 'statefulset:propose-change',
          name: 'Propose the change',
          input: {
            entityRef: 'component:default/nginx',
            values: '${{ parameters }}',
            branchName: 'statefulset/nginx-four-replicas',
            title: 'Run four nginx replicas',
          },
        },
      ],
    }),
  },
];
