import { seededId, seededRandom } from './random';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe(seededRandom.name, () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: string) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(draw('members:421181111229')).toEqual(draw('members:421181111229'));
    expect(draw('members:421181111229')).not.toEqual(draw('members:421181111230'));
  });

  it('draws in [0, 1) and integers within their bounds', () => {
    const sut = seededRandom('bounds');
    for (let index = 0; index < 10_000; index++) {
      const value = sut.next();
      expect(value >= 0 && value < 1).toBe(true);
      expect([3, 4, 5]).toContain(sut.int(3, 5));
    }
  });
});

describe(seededId.name, () => {
  it('is a version-4 uuid, the same for the same seed', () => {
    const id = seededId(seededRandom('members:421181111229'));
    expect(id).toMatch(UUID_V4);
    expect(seededId(seededRandom('members:421181111229'))).toBe(id);
  });

  // The old 32-bit seed hash gave two villages of a city the same stream: a duplicate outbox id.
  it('does not repeat across the villages of a city', () => {
    const ids = new Set<string>();
    for (let village = 0; village < 4_100; village++) {
      const random = seededRandom(`members:421100${String(village).padStart(6, '0')}`);
      for (let index = 0; index < 25; index++) ids.add(seededId(random));
    }
    expect(ids.size).toBe(4_100 * 25);
  });
});
