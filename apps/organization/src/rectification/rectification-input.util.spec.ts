import { distinctChoices, notInFuture, optionalText, requiredText } from './rectification-input.util';

describe(distinctChoices.name, () => {
  const allowed = ['A', 'B', 'C'] as const;

  it('accepts known values, each once', () => {
    expect(distinctChoices(['B', 'A'], allowed, 'letters')).toEqual(['B', 'A']);
  });

  it.each([
    [[], /at least one/],
    [['A', 'A'], /twice/],
    [['D'], /"D" is not one of A, B, C/],
  ])('refuses %p', (values, message) => {
    expect(() => distinctChoices(values, allowed, 'letters')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) }));
  });
});

describe(requiredText.name, () => {
  it('trims and refuses blank or long text', () => {
    expect(requiredText('  王明 ', 'name', 5)).toBe('王明');
    expect(() => requiredText('   ', 'name', 5)).toThrow(/name must be 1 to 5 characters/);
    expect(() => requiredText('一二三四五六', 'name', 5)).toThrow(/got 6/);
  });
});

describe(optionalText.name, () => {
  it('turns blank into null and refuses long text', () => {
    expect(optionalText('  ', 'note', 3)).toBeNull();
    expect(optionalText(undefined, 'note', 3)).toBeNull();
    expect(() => optionalText('abcd', 'note', 3)).toThrow(/at most 3/);
  });
});

describe(notInFuture.name, () => {
  it('accepts today and earlier, refuses tomorrow', () => {
    expect(notInFuture('2026-11-25', 'doneOn', '2026-11-25')).toBe('2026-11-25');
    expect(() => notInFuture('2026-11-26', 'doneOn', '2026-11-25')).toThrow(/in the future/);
  });
});
