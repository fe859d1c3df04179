import { statefulsetPlugin } from './plugin';

describe('statefulset', () => {
  it('should export plugin', () => {
    expect(statefulsetPlugin).toBeDefined();
  });
});
