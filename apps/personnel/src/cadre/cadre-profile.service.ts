import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { shanghaiDate } from '@grassroots/kernel';
import { type CadreProfileCounts, CadreRepository } from './cadre.repository';

/** 村干部队伍结构: the profile of serving two-committee members under a region. */
export type CadreProfile = {
  regionCode: string;
  asOf: string;
  cadreCount: number;
  averageAge: number | null;
  secretaryCount: number;
  secretariesAverageAge: number | null;
  shareUnder45: number | null;
  shareHighSchoolOrAbove: number | null;
  villagesWithSecretary: number;
  villagesWithBothPosts: number;
  shareVillagesWithBothPosts: number | null;
};

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export function toCadreProfile(regionCode: string, asOf: string, counts: CadreProfileCounts): CadreProfile {
  return {
    regionCode,
    asOf,
    cadreCount: counts.cadres,
    averageAge: counts.averageAge,
    secretaryCount: counts.secretaries,
    secretariesAverageAge: counts.secretariesAverageAge,
    shareUnder45: share(counts.under45, counts.cadres),
    shareHighSchoolOrAbove: share(counts.highSchoolOrAbove, counts.cadres),
    villagesWithSecretary: counts.villagesWithSecretary,
    villagesWithBothPosts: counts.villagesWithBothPosts,
    shareVillagesWithBothPosts: share(counts.villagesWithBothPosts, counts.villagesWithSecretary),
  };
}

@Injectable()
export class CadreProfileService {
  constructor(private readonly cadres: CadreRepository) {}

  async profile(caller: Caller, within: string | null | undefined): Promise<CadreProfile> {
    const [profile] = await this.profiles(caller, [within ?? caller.scope.root]);
    if (profile instanceof Error) throw profile;
    return profile;
  }

  /**
   * Profiles of several regions, each confined to the caller's scope (an ancestor of the scope
   * gives the scope's profile), in ONE aggregate query, in the order of `codes`; a region
   * outside the scope gets its FORBIDDEN error in its place.
   */
  async profiles(caller: Caller, codes: readonly string[], today = shanghaiDate()): Promise<(CadreProfile | Error)[]> {
    const roots = codes.map((code) => {
      try {
        return caller.scope.narrowTo(code).root as string;
      } catch (error) {
        return error as Error;
      }
    });
    const visible = [...new Set(roots.filter((root): root is string => typeof root === 'string'))];
    const counts = new Map(visible.length ? (await this.cadres.profileCounts(caller.scope, visible, today)).map((row) => [row.code, row]) : []);
    return roots.map((root) => (typeof root === 'string' ? toCadreProfile(root, today, counts.get(root) as CadreProfileCounts) : root));
  }
}
