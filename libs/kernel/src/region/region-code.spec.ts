import { DomainError } from '../errors/domain-error';
import { ancestorRegionCodes, isWithinRegion, parseRegionCode, regionLevelOf } from './region-code';
import { RegionScope } from './region-scope';

describe('parseRegionCode', () => {
  it('accepts each level by its length', () => {
    expect(regionLevelOf(parseRegionCode('42'))).toBe('PROVINCE');
    expect(regionLevelOf(parseRegionCode('4211'))).toBe('CITY');
    expect(regionLevelOf(parseRegionCode('421181'))).toBe('COUNTY');
    expect(regionLevelOf(parseRegionCode('421181111'))).toBe('TOWNSHIP');
    expect(regionLevelOf(parseRegionCode('421181111229'))).toBe('VILLAGE');
    expect(regionLevelOf(parseRegionCode('421181111229003'))).toBe('VILLAGE_GROUP');
  });

  it('reads the 12-digit padded form of a higher level as that level', () => {
    expect(parseRegionCode('421181000000')).toBe('421181');
    expect(parseRegionCode('421181111000')).toBe('421181111');
    expect(parseRegionCode('420000000000')).toBe('42');
  });

  it('never strips zeros from a code of the right length', () => {
    expect(parseRegionCode('421181100')).toBe('421181100');
    expect(regionLevelOf(parseRegionCode('421181100'))).toBe('TOWNSHIP');
  });

  it.each(['', '4', '42118', '4211811112290', '4211811112290031', 'abc123', '42 1181'])('refuses %p with BAD_USER_INPUT', (input) => {
    expect(() => parseRegionCode(input)).toThrow(DomainError);
    try {
      parseRegionCode(input);
    } catch (error) {
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    }
  });

  it('lists ancestors from the province down', () => {
    expect(ancestorRegionCodes(parseRegionCode('421181111229'))).toEqual(['42', '4211', '421181', '421181111']);
  });
});

describe(RegionScope.name, () => {
  const sut = RegionScope.of('421181111');

  it('covers its own region and everything under it', () => {
    expect(sut.covers('421181111')).toBe(true);
    expect(sut.covers('421181111229')).toBe(true);
  });

  it('does not cover a sibling township or the county above', () => {
    expect(sut.covers('421181112001')).toBe(false);
    expect(sut.covers('421181')).toBe(false);
    expect(isWithinRegion('421181', '421181111')).toBe(false);
  });

  it('refuses a region outside scope with FORBIDDEN', () => {
    expect(() => sut.assertCovers('421181112')).toThrow(/outside your region scope/);
  });

  it('narrows to a requested region inside scope and keeps itself for a wider request', () => {
    expect(sut.narrowTo('421181111229').root).toBe('421181111229');
    expect(sut.narrowTo('421181').root).toBe('421181111');
    expect(() => sut.narrowTo('421181112')).toThrow(DomainError);
  });

  it('keeps itself when no region is asked for', () => {
    expect(sut.narrowTo(null)).toBe(sut);
    expect(sut.narrowTo(undefined)).toBe(sut);
  });
});
