import { type Caller, masksPersonalData } from '@grassroots/auth';
import { shanghaiDate } from '@grassroots/kernel';
import { type View } from './rectification.mapper';

/** Analysts read statistics with people's names masked, whatever else they hold (DOMAIN §7). */
export function viewOf(caller: Caller): View {
  return { masked: masksPersonalData(caller), today: shanghaiDate() };
}
