import { ttlSeconds } from './token-ttl';

describe(ttlSeconds.name, () => {
  it.each<[string | number, number]>([
    [90, 90],
    ['3600', 3600],
    ['90s', 90],
    ['15m', 900],
    ['12h', 43_200],
    ['7d', 604_800],
  ])('%s → %i seconds', (ttl, seconds) => {
    expect(ttlSeconds(ttl)).toBe(seconds);
  });

  it.each<string | number>(['1.5h', '-1h', '0s', 0, -5, 1.5, '12 hours', ''])('refuses %j', (ttl) => {
    expect(() => ttlSeconds(ttl)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
