import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { organizationCreated, organizationMoved } from '@grassroots/contracts';
import { DomainError, parseId, parseRegionCode, requiredText, shanghaiDate } from '@grassroots/kernel';
import { EventOutbox } from '@grassroots/subgraph';
import {
  assertNoCycle,
  kindForForm,
  memberRegionsProblem,
  PARTY_ORGANIZATION_FORMS,
  type PartyOrganizationForm,
  type PartyOrganizationKind,
  placementProblem,
  regionProblem,
  residentUnitsProblem,
} from './party-organization-hierarchy.util';
import { PartyOrganizationMemberRegion } from './party-organization-member-region.entity';
import { MemberRegionRepository, ResidentUnitRepository } from './party-organization-parts.repository';
import { PartyOrganizationResidentUnit, RESIDENT_UNIT_KINDS, type ResidentUnitKind } from './party-organization-resident-unit.entity';
import { PartyOrganizationWriteSupport } from './party-organization-write-support.service';
import { PartyOrganization } from './party-organization.entity';
import { PartyOrganizationRepository } from './party-organization.repository';

export type CreatePartyOrganization = {
  name: string;
  kind?: PartyOrganizationKind | null;
  form?: PartyOrganizationForm | null;
  regionCode: string;
  parentId?: string | null;
  foundedAt: string;
  anchorMemberId?: string | null;
  memberRegionCodes?: string[] | null;
  residentUnits?: { name: string; unitKind: ResidentUnitKind }[] | null;
};

/** Creating, renaming and moving party organizations; each change and its event in one transaction. */
@Injectable()
export class PartyOrganizationCommandService {
  constructor(
    private readonly organizations: PartyOrganizationRepository,
    private readonly memberRegions: MemberRegionRepository,
    private readonly residentUnits: ResidentUnitRepository,
    private readonly support: PartyOrganizationWriteSupport,
    private readonly outbox: EventOutbox,
    private readonly em: EntityManager,
  ) {}

  /** Sets up an organization under an optional parent; publishes organization created. */
  async create(caller: Caller, input: CreatePartyOrganization, today = shanghaiDate()): Promise<PartyOrganization> {
    this.support.requireWriter(caller, 'Creating a party organization');
    const name = requiredText(input.name, 'name', 100);
    const form = input.form ?? 'STANDARD';
    if (!PARTY_ORGANIZATION_FORMS.includes(form)) {
      throw new DomainError('BAD_USER_INPUT', `form "${form}" is unknown: use one of ${PARTY_ORGANIZATION_FORMS.join(', ')}`, { field: 'form' });
    }
    const kind = kindForForm(form, input.kind);
    const regionCode = parseRegionCode(input.regionCode);
    caller.scope.assertCovers(regionCode, 'region');
    this.support.assertMayWriteAt(caller, regionCode);
    if (input.foundedAt > today) {
      throw new DomainError('BAD_USER_INPUT', `foundedAt ${input.foundedAt} is in the future`, { field: 'foundedAt' });
    }
    const anchorMemberId = this.anchorOf(form, input.anchorMemberId);
    const memberRegionCodes = (input.memberRegionCodes ?? []).map((code) => parseRegionCode(code, 'memberRegionCodes'));
    const units = this.residentUnitsOf(form, input.residentUnits ?? []);
    const inputProblem = memberRegionsProblem(form, regionCode, memberRegionCodes) ?? residentUnitsProblem(form, units.map((unit) => unit.name));
    if (inputProblem) throw new DomainError('BAD_USER_INPUT', inputProblem);

    return this.em.transactional(async () => {
      const regionIssue = regionProblem(form, await this.support.regionFacts(caller, regionCode));
      if (regionIssue) throw new DomainError('BAD_USER_INPUT', regionIssue, { field: 'regionCode' });
      await this.support.assertVillagesExist(caller, memberRegionCodes);
      const parent = input.parentId ? await this.support.activeForWrite(caller, input.parentId, 'parentId') : null;
      const placement = placementProblem({ kind, form, regionCode }, parent ? await this.support.placed(caller, parent) : null);
      if (placement) throw new DomainError('BAD_USER_INPUT', placement, { field: 'parentId' });
      await this.support.assertNameFree(caller, name, parent?.id ?? null, regionCode);

      const organization = this.organizations.add(caller.scope, new PartyOrganization(name, kind, regionCode, parent, input.foundedAt));
      organization.form = form;
      organization.anchorMemberId = anchorMemberId;
      for (const code of memberRegionCodes) this.memberRegions.add(caller.scope, new PartyOrganizationMemberRegion(organization, code));
      for (const unit of units) this.residentUnits.add(caller.scope, new PartyOrganizationResidentUnit(organization, unit.name, unit.unitKind));
      this.support.record(caller, organization, 'CREATED', null, name, parent ? `under ${parent.id}` : null);
      this.outbox.stage(
        this.em,
        organizationCreated.create(regionCode, { organizationId: organization.id, kind, form: organization.form, regionCode, parentId: parent?.id ?? null, name }),
      );
      await this.em.flush();
      return organization;
    });
  }

  /** Gives an active organization a new name (recorded; no event: others refer to it by id). */
  async rename(caller: Caller, id: string, newName: string): Promise<PartyOrganization> {
    this.support.requireWriter(caller, 'Renaming a party organization');
    const name = requiredText(newName, 'name', 100);
    return this.em.transactional(async () => {
      const organization = await this.support.activeForWrite(caller, id);
      if (organization.name === name) {
        throw new DomainError('BAD_USER_INPUT', `the organization is already named ${name}`, { field: 'name' });
      }
      await this.support.assertNameFree(caller, name, organization.parent?.id ?? null, organization.regionCode, organization.id);
      this.support.record(caller, organization, 'RENAMED', organization.name, name);
      organization.name = name;
      await this.em.flush();
      return organization;
    });
  }

  /** Puts an organization under another parent (null: the top level); publishes organization moved. */
  async move(caller: Caller, id: string, newParentId: string | null | undefined): Promise<PartyOrganization> {
    this.support.requireWriter(caller, 'Moving a party organization');
    return this.em.transactional(async () => {
      const organization = await this.support.activeForWrite(caller, id);
      const fromParentId = organization.parent?.id ?? null;
      const parent = newParentId ? await this.support.activeForWrite(caller, newParentId, 'newParentId') : null;
      if ((parent?.id ?? null) === fromParentId) {
        throw new DomainError('CONFLICT', `the organization already sits ${fromParentId ? `under ${fromParentId}` : 'at the top level'}`, { id });
      }
      if (parent) assertNoCycle(organization.id, parent.id, (await this.organizations.activeDescendants(caller.scope, organization.id)).map((row) => row.id));
      const placement = placementProblem(await this.support.placed(caller, organization), parent ? await this.support.placed(caller, parent) : null);
      if (placement) throw new DomainError('CONFLICT', placement, { id, newParentId: parent?.id ?? null });
      await this.support.assertNameFree(caller, organization.name, parent?.id ?? null, organization.regionCode, organization.id);

      organization.parent = parent;
      this.support.record(caller, organization, 'MOVED', fromParentId, parent?.id ?? null);
      this.outbox.stage(
        this.em,
        organizationMoved.create(organization.regionCode, {
          organizationId: organization.id,
          regionCode: organization.regionCode,
          fromParentId,
          toParentId: parent?.id ?? null,
        }),
      );
      await this.em.flush();
      return organization;
    });
  }

  private anchorOf(form: PartyOrganizationForm, anchorMemberId: string | null | undefined): string | null {
    if (form === 'CENTRAL_HOUSEHOLD') {
      if (!anchorMemberId) {
        throw new DomainError('BAD_USER_INPUT', 'a party-member central household 党员中心户 needs anchorMemberId: the personnel id of its party member', {
          field: 'anchorMemberId',
        });
      }
      return parseId(anchorMemberId, 'anchorMemberId');
    }
    if (anchorMemberId) {
      throw new DomainError('BAD_USER_INPUT', `only a CENTRAL_HOUSEHOLD has an anchoring member; leave anchorMemberId out for a ${form}`, {
        field: 'anchorMemberId',
      });
    }
    return null;
  }

  private residentUnitsOf(form: PartyOrganizationForm, units: { name: string; unitKind: ResidentUnitKind }[]) {
    const unknown = units.find((unit) => !RESIDENT_UNIT_KINDS.includes(unit.unitKind));
    if (unknown) {
      throw new DomainError('BAD_USER_INPUT', `unitKind "${unknown.unitKind}" is unknown: use one of ${RESIDENT_UNIT_KINDS.join(', ')}`, {
        field: 'residentUnits',
      });
    }
    return units.map((unit) => ({ name: (unit.name ?? '').trim(), unitKind: unit.unitKind }));
  }
}
