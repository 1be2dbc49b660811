import { type Caller } from '@grassroots/auth';
import { DomainError, parseRegionCode, regionLevelOf, type RegionScope } from '@grassroots/kernel';

/** The caller's scope narrowed to one township (BAD_USER_INPUT unless `township` is a 9-digit township code). */
export function townshipScope(caller: Caller, township: string): RegionScope {
  const code = parseRegionCode(township, 'township');
  if (regionLevelOf(code) !== 'TOWNSHIP') {
    throw new DomainError('BAD_USER_INPUT', `township ${code} is not a township: use a 9-digit township code such as 421181111`, { field: 'township' });
  }
  return caller.scope.narrowTo(code);
}
