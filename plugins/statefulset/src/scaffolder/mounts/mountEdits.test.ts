import {
  addMount,
  mountsOfVolume,
  removeMount,
  updateMount,
} from './mountEdits';

const containers = [
  {
    name: 'db',
    volumeMounts: [
      { name: 'data', mountPath: '/var/lib/data' },
      { name: 'config', mountPath: '/etc/db' },
    ],
  },
  { name: 'exporter' },
];

describe('mount edits', () => {
  it('lists mounts of one volume', () => {
    expect(mountsOfVolume(containers, 'config')).toEqual([
      {
        containerIndex: 0,
        mountIndex: 1,
        containerName: 'db',
        mount: { name: 'config', mountPath: '/etc/db' },
      },
    ]);
  });

  it('adds a mount to one container', () => {
    const next = addMount(containers, 1, 'data');

    expect(next[1].volumeMounts).toEqual([{ name: 'data', mountPath: '' }]);
    expect(next[0]).toBe(containers[0]);
  });

  it('updates one mount path', () => {
    const next = updateMount(containers, 0, 0, {
      name: 'data',
      mountPath: '/data',
    });

    expect(next[0].volumeMounts).toEqual([
      { name: 'data', mountPath: '/data' },
      { name: 'config', mountPath: '/etc/db' },
    ]);
  });

  it('drops an emptied mount list', () => {
    const single = [
      {
        name: 'db',
        image: { repository: 'postgres' },
        volumeMounts: [{ name: 'data', mountPath: '/d' }],
      },
    ];

    expect(removeMount(single, 0, 0)).toEqual([
      { name: 'db', image: { repository: 'postgres' } },
    ]);
  });
});
