import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { organizationDissolved, organizationMoved, type OrganizationDissolvedV1 } from '@grassroots/contracts';
import { DomainError, parseId, shanghaiDate } from '@grassroots/kernel';
import { EventOutbox } from '@grassroots/subgraph';
import { PartyOrganizationChange } from './party-organization-change.entity';
import { assertNoCycle, placementProblem } from './party-organization-hierarchy.util';
import { PartyOrganizationChangeRepository } from './party-organization-parts.repository';
import { PartyOrganizationWriteSupport } from './party-organization-write-support.service';
import { PartyOrganization } from './party-organization.entity';
import { type DescendantRow, PartyOrganizationRepository } from './party-organization.repository';

/** What happens to the active children of a dissolved organization: always said explicitly. */
export type ChildrenHandling = 'MOVE_TO_PARENT' | 'MOVE_TO' | 'DISSOLVE_WITH';

export const CHILDREN_HANDLINGS: readonly ChildrenHandling[] = ['MOVE_TO_PARENT', 'MOVE_TO', 'DISSOLVE_WITH'];

export type DissolveChildren = { handling: ChildrenHandling; targetParentId?: string | null };

/** Dissolving 撤销 an organization: it and (with DISSOLVE_WITH) its subtree get a date; no row is deleted. */
@Injectable()
export class PartyOrganizationDissolutionService {
  constructor(
    private readonly organizations: PartyOrganizationRepository,
    private readonly changes: PartyOrganizationChangeRepository,
    private readonly support: PartyOrganizationWriteSupport,
    private readonly outbox: EventOutbox,
    private readonly em: EntityManager,
  ) {}

  async dissolve(
    caller: Caller,
    id: string,
    dissolvedAt: string,
    children: DissolveChildren | null | undefined,
    today = shanghaiDate(),
  ): Promise<PartyOrganization> {
    this.support.requireWriter(caller, 'Dissolving a party organization');
    if (dissolvedAt > today) throw new DomainError('BAD_USER_INPUT', `dissolvedAt ${dissolvedAt} is in the future`, { field: 'dissolvedAt' });
    const handling = this.handlingOf(children);

    return this.em.transactional(async () => {
      const organization = await this.support.activeForWrite(caller, id);
      if (dissolvedAt < organization.foundedAt) {
        throw new DomainError('BAD_USER_INPUT', `dissolvedAt ${dissolvedAt} is before the organization was founded (${organization.foundedAt})`, {
          field: 'dissolvedAt',
        });
      }
      const activeChildren = await this.organizations.find(caller.scope, { parent: organization.id, dissolvedAt: null }, { orderBy: { name: 'asc' } });
      if (activeChildren.length && !handling) {
        throw new DomainError(
          'CONFLICT',
          `${organization.name} has ${activeChildren.length} active child organizations: say what happens to them with children.handling ` +
            'MOVE_TO_PARENT, MOVE_TO (with targetParentId) or DISSOLVE_WITH',
          { id: organization.id, activeChildren: activeChildren.length },
        );
      }

      let childrenHandling: OrganizationDissolvedV1['childrenHandling'] = 'NONE';
      if (activeChildren.length && handling?.handling === 'DISSOLVE_WITH') {
        await this.dissolveSubtree(caller, organization, dissolvedAt);
        childrenHandling = 'DISSOLVED';
      } else if (activeChildren.length && handling) {
        const target = await this.targetParent(caller, organization, handling);
        await this.moveChildren(caller, organization, activeChildren, target);
        childrenHandling = 'MOVED';
      }

      organization.dissolvedAt = dissolvedAt;
      this.support.record(caller, organization, 'DISSOLVED', null, dissolvedAt, `children: ${childrenHandling}`);
      this.stageDissolved(organization.id, organization.regionCode, dissolvedAt, childrenHandling);
      await this.em.flush();
      return organization;
    });
  }

  private handlingOf(children: DissolveChildren | null | undefined): DissolveChildren | null {
    if (!children) return null;
    if (!CHILDREN_HANDLINGS.includes(children.handling)) {
      throw new DomainError('BAD_USER_INPUT', `children.handling "${children.handling}" is unknown: use ${CHILDREN_HANDLINGS.join(', ')}`, {
        field: 'children.handling',
      });
    }
    if (children.handling === 'MOVE_TO' && !children.targetParentId) {
      throw new DomainError('BAD_USER_INPUT', 'children.handling MOVE_TO needs children.targetParentId: the organization that takes them', {
        field: 'children.targetParentId',
      });
    }
    if (children.handling !== 'MOVE_TO' && children.targetParentId) {
      throw new DomainError('BAD_USER_INPUT', `children.targetParentId goes only with MOVE_TO, not with ${children.handling}`, {
        field: 'children.targetParentId',
      });
    }
    return { handling: children.handling, targetParentId: children.targetParentId ? parseId(children.targetParentId, 'children.targetParentId') : null };
  }

  /** The organization that takes the children: the dissolved one's parent (null: top level) or the one named. */
  private async targetParent(caller: Caller, organization: PartyOrganization, children: DissolveChildren): Promise<PartyOrganization | null> {
    if (children.handling === 'MOVE_TO') {
      const target = await this.support.activeForWrite(caller, children.targetParentId as string, 'children.targetParentId');
      const descendants = await this.organizations.activeDescendants(caller.scope, organization.id);
      assertNoCycle(organization.id, target.id, descendants.map((row) => row.id));
      return target;
    }
    const parentId = organization.parent?.id;
    if (!parentId) return null;
    const parent = await this.organizations.findOne(caller.scope, { id: parentId });
    if (!parent) {
      throw new DomainError('FORBIDDEN', `the parent ${parentId} is outside your region scope: use MOVE_TO with an organization of yours`, {
        parentId,
      });
    }
    return parent;
  }

  private async moveChildren(caller: Caller, organization: PartyOrganization, children: PartyOrganization[], target: PartyOrganization | null) {
    const targetPlaced = target ? await this.support.placed(caller, target) : null;
    for (const child of children) {
      const problem = placementProblem(await this.support.placed(caller, child), targetPlaced);
      if (problem) {
        throw new DomainError('CONFLICT', `child ${child.name} (${child.id}) cannot move: ${problem}`, { childId: child.id });
      }
      await this.support.assertNameFree(caller, child.name, target?.id ?? null, child.regionCode, child.id);
    }
    for (const child of children) {
      child.parent = target;
      this.support.record(caller, child, 'MOVED', organization.id, target?.id ?? null, `parent ${organization.id} dissolved`);
      this.outbox.stage(
        this.em,
        organizationMoved.create(child.regionCode, {
          organizationId: child.id,
          regionCode: child.regionCode,
          fromParentId: organization.id,
          toParentId: target?.id ?? null,
        }),
      );
    }
  }

  /** Every active descendant gets the date in one statement, a change row and its own event. */
  private async dissolveSubtree(caller: Caller, organization: PartyOrganization, dissolvedAt: string): Promise<void> {
    const descendants = await this.organizations.activeDescendants(caller.scope, organization.id);
    const foundedLater = descendants.find((row) => row.foundedAt > dissolvedAt);
    if (foundedLater) {
      throw new DomainError('BAD_USER_INPUT', `dissolvedAt ${dissolvedAt} is before descendant ${foundedLater.id} was founded (${foundedLater.foundedAt})`, {
        field: 'dissolvedAt',
      });
    }
    await this.organizations.dissolveAll(caller.scope, descendants.map((row) => row.id), dissolvedAt);
    const parents = new Set(descendants.map((row) => row.parentId));
    await this.changes.insertMany(caller.scope, descendants.map((row) => this.changeRow(caller, row, dissolvedAt, organization.id)));
    for (const row of descendants) {
      this.stageDissolved(row.id, row.regionCode, dissolvedAt, parents.has(row.id) ? 'DISSOLVED' : 'NONE');
    }
  }

  private changeRow(caller: Caller, row: DescendantRow, dissolvedAt: string, ancestorId: string): PartyOrganizationChange {
    const reference = this.em.getReference(PartyOrganization, row.id);
    const change = new PartyOrganizationChange(reference, 'DISSOLVED', null, dissolvedAt, caller.subject, `dissolved with ${ancestorId}`);
    change.regionCode = row.regionCode;
    return change;
  }

  private stageDissolved(organizationId: string, regionCode: string, dissolvedAt: string, childrenHandling: OrganizationDissolvedV1['childrenHandling']) {
    this.outbox.stage(this.em, organizationDissolved.create(regionCode, { organizationId, regionCode, dissolvedAt, childrenHandling }));
  }
}
