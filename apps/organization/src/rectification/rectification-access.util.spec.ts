import { isCountyOrAbove } from './rectification-access.util';

describe(isCountyOrAbove.name, () => {
  it.each([
    ['42', true],
    ['4211', true],
    ['421181', true],
    ['421181111', false],
    ['421181100', false],
    ['421181111229', false],
  ])('scope %s: %p', (root, expected) => {
    expect(isCountyOrAbove(root)).toBe(expected);
  });
});
