import { type EntityManager, raw } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { memberJoined, memberLeft } from '@grassroots/contracts';
import { on } from '@grassroots/messaging';
import { ConsumesEvents, type EventHandlerSet } from '@grassroots/subgraph';
import { Region } from '../region/region.entity';

// Keeps each village's party-member count current from personnel's membership events
// (DOMAIN §6). Runs inside the inbox transaction, so a redelivered event changes nothing.
@ConsumesEvents()
@Injectable()
export class MembershipTallyHandler implements EventHandlerSet {
  private readonly logger = new Logger(MembershipTallyHandler.name);

  handlers() {
    return {
      ...on(memberJoined, (em, event) => this.adjust(em, event.data.regionCode, 1)),
      ...on(memberLeft, (em, event) => this.adjust(em, event.data.regionCode, -1)),
    };
  }

  private async adjust(em: EntityManager, regionCode: string, delta: 1 | -1): Promise<void> {
    const changed = await em.nativeUpdate(
      Region,
      { code: regionCode },
      { partyMemberCount: raw(`greatest(party_member_count + ${delta}, 0)`) },
    );
    if (!changed) this.logger.warn({ regionCode }, 'membership event for a region that is not imported');
  }
}
