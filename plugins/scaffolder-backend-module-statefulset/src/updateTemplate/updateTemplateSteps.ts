/**
 * Steps of the update template: render the edited values, then propose them
 * to the entity's repository as a local branch, a GitHub pull request or a
 * GitLab merge request, as `statefulset:propose-change` decides.
 */
export const UPDATE_TEMPLATE_STEPS = [
  {
    id: 'render',
    name: 'Render the StatefulSet manifests',
    action: 'statefulset:render',
    input: { values: '${{ parameters }}' },
  },
  {
    id: 'propose',
    name: 'Propose the change in Git',
    action: 'statefulset:propose-change',
    input: {
      entityRef: '${{ parameters.entity }}',
      values: '${{ parameters }}',
    },
  },
  {
    id: 'pull-request',
    name: 'Open a GitHub pull request',
    if: "${{ steps.propose.output.provider == 'github' }}",
    action: 'publish:github:pull-request',
    input: {
      repoUrl: '${{ steps.propose.output.repoUrl }}',
      branchName: '${{ steps.propose.output.branchName }}',
      targetBranchName: '${{ steps.propose.output.targetBranchName }}',
      title: '${{ steps.propose.output.title }}',
      description: '${{ steps.propose.output.description }}',
      commitMessage: '${{ steps.propose.output.title }}',
      filesToDelete: '${{ steps.propose.output.filesToDelete }}',
    },
  },
  // NOTE: publish:gitlab:merge-request applies one commit action to every
  // file, so a generated file that the new render left out, such as
  // manifests/ingress.yaml, stays in the merge request's branch.
  {
    id: 'merge-request',
    name: 'Open a GitLab merge request',
    if: "${{ steps.propose.output.provider == 'gitlab' }}",
    action: 'publish:gitlab:merge-request',
    input: {
      repoUrl: '${{ steps.propose.output.repoUrl }}',
      branchName: '${{ steps.propose.output.branchName }}',
      targetBranchName: '${{ steps.propose.output.targetBranchName }}',
      title: '${{ steps.propose.output.title }}',
      description: '${{ steps.propose.output.description }}',
    },
  },
];

/** Output of the update template: where the change is and how to fetch it. */
export const UPDATE_TEMPLATE_OUTPUT = {
  links: [
    {
      title: 'Pull request',
      if: "${{ steps.propose.output.provider == 'github' }}",
      url: "${{ steps['pull-request'].output.remoteUrl }}",
    },
    {
      title: 'Merge request',
      if: "${{ steps.propose.output.provider == 'gitlab' }}",
      url: "${{ steps['merge-request'].output.mergeRequestUrl }}",
    },
    {
      title: 'Open in catalog',
      icon: 'catalog',
      entityRef: '${{ parameters.entity }}',
    },
  ],
  text: [
    {
      // The change is proposed all the same, because Git may change these
      // values, but applying it fails until the set is recreated.
      title: 'The API server rejects part of this change',
      if: '${{ steps.propose.output.immutableChanges | length > 0 }}',
      content: '${{ steps.propose.output.description }}',
    },
    {
      title: 'Review the branch',
      if: "${{ steps.propose.output.provider == 'local' }}",
      content: [
        'Branch `${{ steps.propose.output.branchName }}` of the local repository holds the change.',
        'Review it and merge it into the default branch:',
        '',
        '```sh',
        'git clone ${{ steps.propose.output.remoteUrl }} repository && cd repository',
        'git diff HEAD origin/${{ steps.propose.output.branchName }}',
        'git merge origin/${{ steps.propose.output.branchName }} && git push',
        '```',
        '',
      ].join('\n'),
    },
  ],
};
