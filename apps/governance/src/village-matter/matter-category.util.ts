import { DomainError } from '@grassroots/kernel';

// A few of the 11 categories of village matters (DOMAIN §3); the governance issue adds the rest and the 30 kinds.
export type MatterCategory = 'MAJOR_DECISION' | 'PROJECT_TENDER' | 'FINANCE' | 'STAFFING' | 'ASSET_DISPOSAL' | 'OTHER';

export const MATTER_CATEGORIES: readonly MatterCategory[] = [
  'MAJOR_DECISION',
  'PROJECT_TENDER',
  'FINANCE',
  'STAFFING',
  'ASSET_DISPOSAL',
  'OTHER',
];

/** The category named by `value`, or BAD_USER_INPUT listing the known ones. */
export function parseMatterCategory(value: string): MatterCategory {
  const found = MATTER_CATEGORIES.find((category) => category === value);
  if (!found) {
    throw new DomainError('BAD_USER_INPUT', `category "${value}" is unknown: use one of ${MATTER_CATEGORIES.join(', ')}`, {
      field: 'category',
    });
  }
  return found;
}
