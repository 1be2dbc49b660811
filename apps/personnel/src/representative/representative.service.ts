import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller, type Role } from '@grassroots/auth';
import { representativeReplaced } from '@grassroots/contracts';
import { DomainError, isUuid, notInFuture, parseId, parseRegionCode, regionLevelOf, requiredText, shanghaiDate } from '@grassroots/kernel';
import { conflictOnDuplicate, type Page, type PageRequest } from '@grassroots/persistence';
import { EventOutbox, requireRole } from '@grassroots/subgraph';
import { PartyMemberService } from '../party-member/party-member.service';
import { REPRESENTATIVE_ORDER, RepresentativeStatusChangeRepository, VillageRepresentativeRepository } from './representative.repository';
import { RepresentativeStatusChange } from './representative-status-change.entity';
import { assertReplacementDates, assertResignationDates, leaveOffice } from './representative-status.util';
import { VillageRepresentative } from './village-representative.entity';

// DOMAIN §7: civil affairs keeps the representatives; the organization department, township
// staff (their township) and village cadres (their village, by scope) may record them too.
export const REPRESENTATIVE_WRITERS: readonly Role[] = ['civil-affairs', 'organization-dept', 'township-officer', 'village-cadre'];

export type NewRepresentative = { name: string; memberId?: string | null; electedAt: string };
export type RegisterRepresentative = NewRepresentative & { regionCode: string };
export type ReplaceRepresentative = { incoming: NewRepresentative; reason: string; filedWithCountyOn: string };
export type Replacement = { outgoing: VillageRepresentative; incoming: VillageRepresentative };
export type ResignRepresentative = { leftOn: string; reason: string; filedWithCountyOn: string };

@Injectable()
export class RepresentativeService {
  constructor(
    private readonly representatives: VillageRepresentativeRepository,
    private readonly statusChanges: RepresentativeStatusChangeRepository,
    private readonly members: PartyMemberService,
    private readonly outbox: EventOutbox,
    private readonly em: EntityManager,
  ) {}

  get(caller: Caller, id: string): Promise<VillageRepresentative> {
    return this.representatives.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  /** Batch read for references; unknown, malformed and out-of-scope ids are left out. */
  getMany(caller: Caller, ids: readonly string[]): Promise<VillageRepresentative[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.representatives.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** Representatives of a region (serving only, unless former ones are asked for), by village then name. */
  list(caller: Caller, within: string, includeFormer: boolean, page: PageRequest): Promise<Page<VillageRepresentative>> {
    const scope = caller.scope.narrowTo(within);
    return this.representatives.page(scope, includeFormer ? {} : { status: 'ACTIVE' }, page, REPRESENTATIVE_ORDER);
  }

  /** The first page of `list` for many regions at once (Region.villageRepresentatives): two SQL statements per code length. */
  firstPagesOfRegions(caller: Caller, codes: readonly string[], includeFormer: boolean, first?: number | null): Promise<(Page<VillageRepresentative> | Error)[]> {
    return this.representatives.firstPagesOfRegions(caller.scope, codes, includeFormer, first);
  }

  /** The filed changes of one representative, latest first. */
  history(caller: Caller, representativeId: string, page: PageRequest): Promise<Page<RepresentativeStatusChange>> {
    return this.statusChanges.page(caller.scope, { representative: representativeId }, page, { changedAt: 'desc', id: 'desc' });
  }

  /** Registers an elected representative of a village. */
  async register(caller: Caller, input: RegisterRepresentative, today = shanghaiDate()): Promise<VillageRepresentative> {
    requireRole(caller, 'Registering a village representative', ...REPRESENTATIVE_WRITERS);
    const regionCode = parseRegionCode(input.regionCode);
    if (regionLevelOf(regionCode) !== 'VILLAGE') {
      throw new DomainError('BAD_USER_INPUT', `regionCode ${regionCode} is not a village: representatives serve a 12-digit village code`, {
        field: 'regionCode',
      });
    }
    const person = this.checkNew(input, today, 'input');
    caller.scope.assertCovers(regionCode, 'Village');
    return conflictOnDuplicate(
      () =>
        this.em.transactional(async () => {
          await this.assertMemberFree(caller, person.memberId, regionCode, 'input.memberId');
          const representative = this.representatives.add(
            caller.scope,
            new VillageRepresentative(person.name, regionCode, person.memberId, person.electedAt, caller.subject),
          );
          this.statusChanges.add(
            caller.scope,
            new RepresentativeStatusChange(
              representative,
              { from: null, to: 'ACTIVE', effectiveOn: person.electedAt, reason: '当选 (elected)', filedWithCountyOn: null },
              caller.subject,
            ),
          );
          return representative;
        }),
      () => memberTaken(person.memberId),
    );
  }

  /**
   * Replaces a serving representative 撤换: the outgoing one becomes REPLACED, the incoming one
   * is registered in the same village, both changes are filed, and `representative replaced`
   * is staged in the same transaction.
   */
  async replace(caller: Caller, outgoingId: string, input: ReplaceRepresentative, today = shanghaiDate()): Promise<Replacement> {
    requireRole(caller, 'Replacing a village representative', ...REPRESENTATIVE_WRITERS);
    const id = parseId(outgoingId, 'outgoingId');
    const incoming = this.checkNew(input.incoming, today, 'incoming');
    const reason = requiredText(input.reason, 'reason', 200);
    const filedWithCountyOn = input.filedWithCountyOn;
    return conflictOnDuplicate(
      () =>
        this.em.transactional(async () => {
          const outgoing = await this.representatives.lockWritableOrFail(caller.scope, { id }, outgoingId);
          outgoing.status = leaveOffice(outgoing.status, 'REPLACED', outgoing.name);
          assertReplacementDates({ outgoingElectedAt: outgoing.electedAt, incomingElectedAt: incoming.electedAt, filedWithCountyOn, today });
          if (incoming.memberId && incoming.memberId === outgoing.memberId) {
            throw new DomainError('BAD_USER_INPUT', 'incoming.memberId is the outgoing representative: a replacement is another person', {
              field: 'incoming.memberId',
            });
          }
          await this.assertMemberFree(caller, incoming.memberId, outgoing.regionCode, 'incoming.memberId');
          const successor = this.representatives.add(
            caller.scope,
            new VillageRepresentative(incoming.name, outgoing.regionCode, incoming.memberId, incoming.electedAt, caller.subject),
          );
          outgoing.leftOn = incoming.electedAt;
          outgoing.replacedBy = successor.id;
          const filed = { reason, filedWithCountyOn };
          const left = new RepresentativeStatusChange(outgoing, { ...filed, from: 'ACTIVE', to: 'REPLACED', effectiveOn: incoming.electedAt }, caller.subject);
          const joined = new RepresentativeStatusChange(successor, { ...filed, from: null, to: 'ACTIVE', effectiveOn: incoming.electedAt }, caller.subject);
          left.counterpartId = successor.id;
          joined.counterpartId = outgoing.id;
          this.statusChanges.add(caller.scope, left);
          this.statusChanges.add(caller.scope, joined);
          this.outbox.stage(
            this.em,
            representativeReplaced.create(outgoing.regionCode, {
              regionCode: outgoing.regionCode,
              outgoingRepresentativeId: outgoing.id,
              incomingRepresentativeId: successor.id,
              reason,
              filedAt: filedWithCountyOn,
            }),
          );
          return { outgoing, incoming: successor };
        }),
      () => memberTaken(incoming.memberId),
    );
  }

  /** Records a resignation 辞职, filed with the county; the seat is filled by a later replacement or election. */
  async resign(caller: Caller, id: string, input: ResignRepresentative, today = shanghaiDate()): Promise<VillageRepresentative> {
    requireRole(caller, 'Recording a representative’s resignation', ...REPRESENTATIVE_WRITERS);
    const representativeId = parseId(id);
    const reason = requiredText(input.reason, 'reason', 200);
    return this.em.transactional(async () => {
      const representative = await this.representatives.lockWritableOrFail(caller.scope, { id: representativeId }, id);
      representative.status = leaveOffice(representative.status, 'RESIGNED', representative.name);
      assertResignationDates({ electedAt: representative.electedAt, leftOn: input.leftOn, filedWithCountyOn: input.filedWithCountyOn, today });
      representative.leftOn = input.leftOn;
      this.statusChanges.add(
        caller.scope,
        new RepresentativeStatusChange(
          representative,
          { from: 'ACTIVE', to: 'RESIGNED', effectiveOn: input.leftOn, reason, filedWithCountyOn: input.filedWithCountyOn },
          caller.subject,
        ),
      );
      return representative;
    });
  }

  private checkNew(input: NewRepresentative, today: string, prefix: string): { name: string; memberId: string | null; electedAt: string } {
    return {
      name: requiredText(input.name, `${prefix}.name`, 50),
      memberId: input.memberId ? parseId(input.memberId, `${prefix}.memberId`) : null,
      electedAt: notInFuture(input.electedAt, today, `${prefix}.electedAt`),
    };
  }

  // The unique index guards every region and concurrent writes; this check reads only the caller's scope.
  /** A representative who is a party member names a current member of the village who holds no other seat. */
  private async assertMemberFree(caller: Caller, memberId: string | null, villageCode: string, field: string): Promise<void> {
    if (!memberId) return;
    await this.members.currentMemberOf(caller, memberId, villageCode, field);
    if (await this.representatives.count(caller.scope, { memberId, status: 'ACTIVE' })) {
      throw new DomainError('CONFLICT', memberTaken(memberId), { memberId });
    }
  }
}

const memberTaken = (memberId: string | null) =>
  `party member ${memberId} is already a serving representative: a member holds one seat; replace or resign that seat first`;
