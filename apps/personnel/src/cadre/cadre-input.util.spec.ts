import { notInFuture, optionalText, requiredText, trainingHours, villageCode } from './cadre-input.util';

describe(requiredText.name, () => {
  it('trims and refuses empty or long text with BAD_USER_INPUT', () => {
    expect(requiredText(' 张三 ', 'name', 50)).toBe('张三');
    expect(() => requiredText('  ', 'name', 50)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => requiredText('长'.repeat(51), 'name', 50)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(optionalText.name, () => {
  it('turns blank into null and refuses long text', () => {
    expect(optionalText('  ', 'note', 10)).toBeNull();
    expect(optionalText(undefined, 'note', 10)).toBeNull();
    expect(() => optionalText('长'.repeat(11), 'note', 10)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(villageCode.name, () => {
  it('accepts a village and refuses a township', () => {
    expect(villageCode('421181111229')).toBe('421181111229');
    expect(() => villageCode('421181111')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('not a village') }));
  });
});

describe(notInFuture.name, () => {
  it('accepts today and refuses tomorrow', () => {
    expect(notInFuture('2026-11-25', '2026-11-25', 'd')).toBe('2026-11-25');
    expect(() => notInFuture('2026-11-26', '2026-11-25', 'd')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(trainingHours.name, () => {
  it.each([0.5, 1, 2.5, 200])('accepts %p hours', (hours) => {
    expect(trainingHours(hours)).toBe(hours);
  });

  it.each([0, -1, 200.5, 1.25, Number.NaN])('refuses %p hours with BAD_USER_INPUT', (hours) => {
    expect(() => trainingHours(hours)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
