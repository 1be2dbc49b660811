import { type EntityManager, raw } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { memberJoined, memberLeft, memberTransferred } from '@grassroots/contracts';
import { isUuid } from '@grassroots/kernel';
import { on } from '@grassroots/messaging';
import { ConsumesEvents, type EventHandlerSet } from '@grassroots/subgraph';
import { PartyOrganization } from '../party-organization/party-organization.entity';
import { Region } from '../region/region.entity';
import {
  adjustmentForJoined,
  adjustmentForLeft,
  adjustmentForTransferred,
  type BranchAdjustment,
  type MembershipAdjustment,
  type RegionAdjustment,
} from './membership-adjustment.util';

// Keeps each village's party-member count and each branch's member and in-village counts current
// from personnel's membership events (DOMAIN §6). Runs inside the inbox transaction, so a
// redelivered event changes nothing; every change is one atomic SQL increment that never goes
// below zero. Events are system input, not a caller's request: no region scope applies here.
@ConsumesEvents()
@Injectable()
export class MembershipTallyHandler implements EventHandlerSet {
  private readonly logger = new Logger(MembershipTallyHandler.name);

  handlers() {
    return {
      ...on(memberJoined, (em, event) => this.apply(em, event.id, adjustmentForJoined(event.data))),
      ...on(memberLeft, (em, event) => this.apply(em, event.id, adjustmentForLeft(event.data))),
      ...on(memberTransferred, (em, event) => this.apply(em, event.id, adjustmentForTransferred(event.data))),
    };
  }

  private async apply(em: EntityManager, eventId: string, adjustment: MembershipAdjustment): Promise<void> {
    for (const region of adjustment.regions) await this.adjustRegion(em, eventId, region);
    for (const branch of adjustment.branches) await this.adjustBranch(em, eventId, branch);
  }

  private async adjustRegion(em: EntityManager, eventId: string, { regionCode, delta }: RegionAdjustment): Promise<void> {
    const changed = await em.nativeUpdate(Region, { code: regionCode }, { partyMemberCount: raw(`greatest(party_member_count + ${delta}, 0)`) });
    if (!changed) this.logger.warn({ eventId, regionCode }, 'membership event for a region that is not imported');
  }

  private async adjustBranch(em: EntityManager, eventId: string, { branchId, members, inVillage }: BranchAdjustment): Promise<void> {
    // An unknown or malformed branch changes nothing: personnel may name a branch recorded later.
    if (!isUuid(branchId)) {
      this.logger.warn({ eventId, branchId }, 'membership event with a branch id that is not a uuid');
      return;
    }
    const changed = await em.nativeUpdate(
      PartyOrganization,
      { id: branchId.toLowerCase() },
      {
        memberCount: raw(`greatest(member_count + ${members}, 0)`),
        inVillageMemberCount: raw(`greatest(in_village_member_count + ${inVillage}, 0)`),
      },
    );
    if (!changed) this.logger.warn({ eventId, branchId }, 'membership event for a branch that is not recorded');
  }
}
