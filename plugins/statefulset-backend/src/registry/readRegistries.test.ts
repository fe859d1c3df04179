import { ConfigReader } from '@backstage/config';
import { readRegistries } from './readRegistries';

function read(registries: object[]) {
  return readRegistries(new ConfigReader({ statefulset: { registries } }));
}

describe('readRegistries', () => {
  it('reads host and anonymous access', () => {
    expect(read([{ name: 'local', url: 'http://127.0.0.1:5000/' }])).toEqual([
      {
        name: 'local',
        url: 'http://127.0.0.1:5000',
        host: '127.0.0.1:5000',
        authorization: undefined,
      },
    ]);
  });

  it('builds a basic Authorization header', () => {
    const [registry] = read([
      {
        name: 'r',
        url: 'https://r.example.com',
        username: 'ci',
        password: 's3cret',
      },
    ]);

    expect(registry.authorization).toBe(
      `Basic ${Buffer.from('ci:s3cret').toString('base64')}`,
    );
  });

  it('builds a bearer Authorization header', () => {
    const [registry] = read([
      { name: 'r', url: 'https://r.example.com', token: 'abc' },
    ]);

    expect(registry.authorization).toBe('Bearer abc');
  });

  it('rejects an invalid url with the registry name', () => {
    expect(() => read([{ name: 'broken', url: 'not a url' }])).toThrow(
      /registry "broken" has an invalid url "not a url"/,
    );
  });

  it('returns none without configuration', () => {
    expect(readRegistries(new ConfigReader({}))).toEqual([]);
  });
});
