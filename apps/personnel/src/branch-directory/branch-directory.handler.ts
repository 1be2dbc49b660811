import { type EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import {
  type EventEnvelope,
  organizationCreated,
  type OrganizationCreatedV1,
  organizationDissolved,
  type OrganizationDissolvedV1,
  organizationMoved,
  type OrganizationMovedV1,
} from '@grassroots/contracts';
import { isRegionCode, isUuid, RegionScope } from '@grassroots/kernel';
import { on } from '@grassroots/messaging';
import { ConsumesEvents, type EventHandlerSet } from '@grassroots/subgraph';
import { KnownPartyOrganizationRepository } from './branch-directory.repository';
import { KnownPartyOrganization } from './known-party-organization.entity';

// Keeps personnel's replica of organization's party organizations from its events, inside the
// inbox transaction (a redelivered event is skipped there). Each change is also safe to apply
// twice: created overwrites with the same facts, moved sets the parent, dissolved keeps the first
// date. Events are system input: the rows an event may touch are those of its county (an
// organization's subtree never leaves its county).
@ConsumesEvents()
@Injectable()
export class BranchDirectoryHandler implements EventHandlerSet {
  private readonly logger = new Logger(BranchDirectoryHandler.name);

  handlers() {
    return {
      ...on(organizationCreated, (em, event) => this.created(em, event)),
      ...on(organizationMoved, (em, event) => this.moved(em, event)),
      ...on(organizationDissolved, (em, event) => this.dissolved(em, event)),
    };
  }

  private async created(em: EntityManager, event: EventEnvelope<OrganizationCreatedV1>): Promise<void> {
    const { organizationId, kind, form, regionCode, parentId, name } = event.data;
    if (!this.readable(event, organizationId, regionCode) || (parentId !== null && !isUuid(parentId))) return;
    const directory = new KnownPartyOrganizationRepository(em);
    const scope = countyScopeOf(regionCode);
    const id = organizationId.toLowerCase();
    const parent = parentId?.toLowerCase() ?? null;
    const known = await directory.findOne(scope, { id });
    if (known) Object.assign(known, { kind, form, regionCode, parentId: parent, name });
    else directory.add(scope, new KnownPartyOrganization(id, kind, form, regionCode, parent, name));
    await em.flush();
  }

  private async moved(em: EntityManager, event: EventEnvelope<OrganizationMovedV1>): Promise<void> {
    const { organizationId, regionCode, toParentId } = event.data;
    if (!this.readable(event, organizationId, regionCode) || (toParentId !== null && !isUuid(toParentId))) return;
    const directory = new KnownPartyOrganizationRepository(em);
    const organization = await directory.findOne(countyScopeOf(regionCode), { id: organizationId.toLowerCase() });
    if (!organization) {
      this.logger.warn({ eventId: event.id, organizationId }, 'organization moved before personnel heard of it: nothing to move');
      return;
    }
    organization.parentId = toParentId?.toLowerCase() ?? null;
    organization.regionCode = regionCode;
    await em.flush();
  }

  private async dissolved(em: EntityManager, event: EventEnvelope<OrganizationDissolvedV1>): Promise<void> {
    const { organizationId, regionCode, childrenHandling } = event.data;
    if (!this.readable(event, organizationId, regionCode)) return;
    const dissolvedAt = event.data.dissolvedAt.slice(0, 10);
    const directory = new KnownPartyOrganizationRepository(em);
    const scope = countyScopeOf(regionCode);
    const id = organizationId.toLowerCase();
    const organization = await directory.findOne(scope, { id });
    if (organization) organization.dissolvedAt ??= dissolvedAt;
    else this.logger.warn({ eventId: event.id, organizationId }, 'organization dissolved before personnel heard of it');
    await em.flush();
    // Organization also sends each descendant's own event; this keeps the subtree right meanwhile.
    if (childrenHandling === 'DISSOLVED') await directory.dissolveDescendants(scope, id, dissolvedAt);
  }

  private readable(event: EventEnvelope<unknown>, organizationId: string, regionCode: string): boolean {
    if (isUuid(organizationId) && isRegionCode(regionCode)) return true;
    this.logger.warn({ eventId: event.id, organizationId, regionCode }, `${event.type} with an id that is not a uuid or a region that is not a code: skipped`);
    return false;
  }
}

/** The county of a region (the region itself above county level). */
export function countyScopeOf(regionCode: string): RegionScope {
  return RegionScope.of(regionCode.slice(0, 6));
}
