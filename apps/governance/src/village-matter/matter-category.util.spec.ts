import { MATTER_CATEGORIES, parseMatterCategory } from './matter-category.util';

describe(parseMatterCategory.name, () => {
  it.each(MATTER_CATEGORIES)('accepts %s', (category) => {
    expect(parseMatterCategory(category)).toBe(category);
  });

  it.each(['', 'finance', 'GRID_EVENT'])('refuses %p with BAD_USER_INPUT naming the known categories', (value) => {
    expect(() => parseMatterCategory(value)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('MAJOR_DECISION') }),
    );
  });
});
