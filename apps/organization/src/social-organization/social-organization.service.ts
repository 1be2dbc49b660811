import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, isUuid, optionalText, parseId, parseRegionCode, regionLevelOf, requiredText, shanghaiDate } from '@grassroots/kernel';
import { conflictOnDuplicate, type Page, type PageRequest } from '@grassroots/persistence';
import { RegionRepository } from '../region/region.repository';
import { applyFilingAction, type FilingAction, type FilingDecision, type FilingStatus, NOT_FILED_STATUSES } from './filing-status.util';
import { requireSocialOrganizationWriter } from './social-organization-access';
import { SOCIAL_ORGANIZATION_KINDS, type SocialOrganizationKind } from './social-organization-kind';
import { SocialOrganization, SocialOrganizationFilingTransition } from './social-organization.entity';
import { FilingTransitionRepository, SocialOrganizationRepository } from './social-organization.repository';
import { townshipScope } from './township-scope';

export type RegisterSocialOrganization = { name: string; kind: SocialOrganizationKind; regionCode: string; leaderName: string; note?: string | null };

export type SocialOrganizationFilter = { within?: string | null; kind?: SocialOrganizationKind | null; filingStatus?: FilingStatus | null };

const ORDER = { regionCode: 'asc', name: 'asc', id: 'asc' } as const;

@Injectable()
export class SocialOrganizationService {
  constructor(
    private readonly organizations: SocialOrganizationRepository,
    private readonly transitions: FilingTransitionRepository,
    private readonly regions: RegionRepository,
    private readonly em: EntityManager,
  ) {}

  get(caller: Caller, id: string): Promise<SocialOrganization> {
    return this.organizations.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  getMany(caller: Caller, ids: readonly string[]): Promise<SocialOrganization[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.organizations.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  list(caller: Caller, filter: SocialOrganizationFilter, page: PageRequest): Promise<Page<SocialOrganization>> {
    const scope = caller.scope.narrowTo(filter.within);
    const where = {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.filingStatus ? { filingStatus: filter.filingStatus } : {}),
    };
    return this.organizations.page(scope, where, page, ORDER);
  }

  /** Organizations of a township not (yet) filed: UNFILED, PENDING or REFUSED. */
  unfiled(caller: Caller, township: string, page: PageRequest): Promise<Page<SocialOrganization>> {
    return this.organizations.page(townshipScope(caller, township), { filingStatus: { $in: [...NOT_FILED_STATUSES] } }, page, ORDER);
  }

  /** The filing steps of one organization, oldest first. */
  history(caller: Caller, organizationId: string, page: PageRequest): Promise<Page<SocialOrganizationFilingTransition>> {
    return this.transitions.page(caller.scope, { organization: organizationId }, page, { at: 'asc', id: 'asc' });
  }

  /** Registers an organization of a village as UNFILED 未备案. */
  async register(caller: Caller, input: RegisterSocialOrganization): Promise<SocialOrganization> {
    requireSocialOrganizationWriter(caller, 'Registering a social organization');
    const name = requiredText(input.name, 'name', 80);
    const leaderName = requiredText(input.leaderName, 'leaderName', 50);
    const note = optionalText(input.note, 'note', 500);
    if (!SOCIAL_ORGANIZATION_KINDS.includes(input.kind)) {
      throw new DomainError('BAD_USER_INPUT', `kind "${input.kind}" is unknown: use ${SOCIAL_ORGANIZATION_KINDS.join(', ')}`, { field: 'kind' });
    }
    const regionCode = parseRegionCode(input.regionCode);
    if (regionLevelOf(regionCode) !== 'VILLAGE') {
      throw new DomainError('BAD_USER_INPUT', `regionCode ${regionCode} is not a village: a social organization belongs to a 12-digit village code`, {
        field: 'regionCode',
      });
    }
    caller.scope.assertCovers(regionCode, 'village');
    if (!(await this.regions.findOne(caller.scope, { code: regionCode }))) {
      throw new DomainError('NOT_FOUND', `village ${regionCode} does not exist`, { field: 'regionCode' });
    }
    const existing = await this.organizations.findOne(caller.scope, { regionCode, name });
    if (existing) {
      throw new DomainError('CONFLICT', `village ${regionCode} already has a social organization named ${name} (${existing.id})`, { existingId: existing.id });
    }
    const organization = this.organizations.add(caller.scope, new SocialOrganization(name, input.kind, regionCode, leaderName));
    this.transitions.add(caller.scope, new SocialOrganizationFilingTransition(organization, 'REGISTER', null, 'UNFILED', note, caller.subject));
    await conflictOnDuplicate(
      () => this.organizations.flush(),
      () => `village ${regionCode} got a social organization named ${name} at the same time: reload and check`,
    );
    return organization;
  }

  /** Submits (or resubmits after a refusal) an organization for filing: → PENDING 待审. */
  submit(caller: Caller, id: string, note?: string | null): Promise<SocialOrganization> {
    requireSocialOrganizationWriter(caller, 'Submitting a social organization for filing');
    const organizationId = parseId(id);
    const text = optionalText(note, 'note', 500);
    return this.move(caller, organizationId, id, 'SUBMIT', text);
  }

  /** Files 已备案 or refuses 不予备案 (a reason required) a pending organization. */
  decide(caller: Caller, id: string, decision: FilingDecision, reason?: string | null, today = shanghaiDate()): Promise<SocialOrganization> {
    requireSocialOrganizationWriter(caller, 'Deciding the filing of a social organization');
    const organizationId = parseId(id);
    if (decision !== 'FILE' && decision !== 'REFUSE') {
      throw new DomainError('BAD_USER_INPUT', `decision "${String(decision)}" is unknown: use FILE or REFUSE`, { field: 'decision' });
    }
    const text = decision === 'REFUSE' ? requiredText(reason, 'reason', 500) : optionalText(reason, 'reason', 500);
    return this.move(caller, organizationId, id, decision, text, (organization) => {
      organization.refusalReason = decision === 'REFUSE' ? text : null;
      organization.filedAt = decision === 'FILE' ? today : null;
    });
  }

  // One filing step under a row lock, recorded as a transition in the same commit.
  private move(
    caller: Caller,
    organizationId: string,
    id: string,
    action: FilingAction,
    note: string | null,
    change: (organization: SocialOrganization) => void = () => undefined,
  ): Promise<SocialOrganization> {
    return this.em.transactional(async () => {
      const organization = await this.organizations.lockWritableOrFail(caller.scope, { id: organizationId }, id);
      const from = organization.filingStatus;
      organization.filingStatus = applyFilingAction(from, action);
      change(organization);
      this.transitions.add(caller.scope, new SocialOrganizationFilingTransition(organization, action, from, organization.filingStatus, note, caller.subject));
      return organization;
    });
  }
}

