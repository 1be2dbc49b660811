import { EntityManager, type QueryResult } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { RegionScopedRepository } from '@grassroots/persistence';
import { KnownPartyOrganization } from './known-party-organization.entity';

@Injectable()
export class KnownPartyOrganizationRepository extends RegionScopedRepository<KnownPartyOrganization> {
  constructor(em: EntityManager) {
    super(em, KnownPartyOrganization, 'Party organization');
  }

  /** Whether personnel knows the organization anywhere: existence only, never the row. */
  async isKnown(id: string): Promise<boolean> {
    return (await this.em.count(KnownPartyOrganization, { id })) > 0;
  }

  /** Gives every active descendant of `rootId` under `scope` the dissolution date: one statement. */
  async dissolveDescendants(scope: RegionScope, rootId: string, dissolvedAt: string): Promise<number> {
    const result = await this.em.execute<QueryResult>(
      `with recursive subtree as (
         select k.id from known_party_organization k where k.parent_id = ? and k.region_code like ?
         union
         select k.id from known_party_organization k join subtree s on k.parent_id = s.id where k.region_code like ?
       )
       update known_party_organization set dissolved_at = ?::date, updated_at = now()
        where id in (select id from subtree) and dissolved_at is null`,
      [rootId, scope.likePattern, scope.likePattern, dissolvedAt],
      'run',
    );
    return result.affectedRows;
  }
}
