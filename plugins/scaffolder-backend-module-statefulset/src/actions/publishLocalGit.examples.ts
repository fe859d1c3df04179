import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Publishes the workspace to a local repository named after the form field "name"',
    example: yaml.stringify({
      steps: [
        {
          id: 'publish',
          action: 'publish:local-git',
          name: 'Publish to a local Git repository',
          input: {
            repoName: '${{ parameters.name }}',
          },
        },
      ],
    }),
  },
  {
    description:
      'Publishes the folder "deploy" to the branch "release" with a custom author and message',
    example: yaml.stringify({
      steps: [
        {
          id: 'publish',
          action: 'publish:local-git',
          name: 'Publish to a local Git repository',
          input: {
            repoName: 'nginx',
            sourcePath: 'deploy',
            defaultBranch: 'release',
            gitCommitMessage: 'Add the nginx StatefulSet',
            gitAuthorName: 'Platform Team',
            gitAuthorEmail: 'platform@example.com',
          },
        },
      ],
    }),
  },
];
