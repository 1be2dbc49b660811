import { isCountyOrAbove, maskName } from './rectification-access.util';

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

describe(maskName.name, () => {
  it.each([
    ['张三', '张*'],
    ['欧阳修', '欧**'],
    ['王', '*'],
  ])('masks %s as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('leaves no name as none', () => {
    expect(maskName(null)).toBeNull();
  });
});
