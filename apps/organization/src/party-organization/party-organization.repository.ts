import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { RegionScopedRepository } from '@grassroots/persistence';
import { PartyOrganization } from './party-organization.entity';

/** One organization of a subtree, with its distance from the root. */
export type SubtreeNode = { organization: PartyOrganization; depth: number; parentId: string | null };

/** An active descendant, as much as dissolving it needs. */
export type DescendantRow = { id: string; parentId: string; regionCode: string; foundedAt: string; depth: number };

// A tree is never deeper than the five-level urban system plus a county and township above it;
// the bound only stops a corrupt cycle from running forever.
const MAX_RECURSION = 50;

type TreeRow = Record<string, unknown> & { depth: number };

@Injectable()
export class PartyOrganizationRepository extends RegionScopedRepository<PartyOrganization> {
  constructor(em: EntityManager) {
    super(em, PartyOrganization, 'Party organization');
  }

  /**
   * The root and its descendants down to `depth` levels, depth-first with siblings by name,
   * in ONE recursive query confined to the scope at every level. Empty when the root is not
   * visible. Reads `limit + 1` rows so the caller can tell the tree was cut.
   */
  async subtree(scope: RegionScope, rootId: string, depth: number, includeDissolved: boolean, limit: number): Promise<SubtreeNode[]> {
    const rows: TreeRow[] = await this.em.execute(
      `with recursive tree as (
         select po.*, 0 as depth, array[po.name || '/' || po.id::text] as path
           from party_organization po
          where po.id = ? and po.region_code like ?
         union all
         select child.*, tree.depth + 1, tree.path || (child.name || '/' || child.id::text)
           from party_organization child
           join tree on child.parent_id = tree.id
          where tree.depth < ? and child.region_code like ? and (? or child.dissolved_at is null)
       )
       select * from tree order by path limit ?`,
      [rootId, scope.likePattern, Math.min(depth, MAX_RECURSION), scope.likePattern, includeDissolved, limit + 1],
    );
    return rows.map(({ depth: level, path: _path, ...columns }) => {
      const organization = this.em.map(PartyOrganization, columns);
      return { organization, depth: Number(level), parentId: (columns['parent_id'] as string | null) ?? null };
    });
  }

  /** Every active organization under `id` (not `id` itself), parents before children. */
  async activeDescendants(scope: RegionScope, id: string): Promise<DescendantRow[]> {
    const rows: { id: string; parent_id: string; region_code: string; founded_at: string; depth: number }[] = await this.em.execute(
      `with recursive sub as (
         select po.id, po.parent_id, po.region_code, po.founded_at, 0 as depth
           from party_organization po where po.id = ? and po.region_code like ?
         union all
         select child.id, child.parent_id, child.region_code, child.founded_at, sub.depth + 1
           from party_organization child
           join sub on child.parent_id = sub.id
          where child.region_code like ? and child.dissolved_at is null and sub.depth < ?
       )
       select id, parent_id, region_code, founded_at, depth from sub where depth > 0 order by depth, id`,
      [id, scope.likePattern, scope.likePattern, MAX_RECURSION],
    );
    return rows.map((row) => ({
      id: row.id,
      parentId: row.parent_id,
      regionCode: row.region_code,
      foundedAt: row.founded_at,
      depth: Number(row.depth),
    }));
  }

  /** Sets the dissolution date on many organizations in one statement. */
  dissolveAll(scope: RegionScope, ids: readonly string[], dissolvedAt: string): Promise<number> {
    if (!ids.length) return Promise.resolve(0);
    return this.em.nativeUpdate(
      PartyOrganization,
      this.within(scope, { id: { $in: [...ids] }, dissolvedAt: null }),
      { dissolvedAt, updatedAt: new Date() },
    );
  }
}
