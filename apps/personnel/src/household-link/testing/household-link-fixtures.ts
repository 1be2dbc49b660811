import { graphqlRequest, type GraphqlResponse, type TestSubgraph } from '@grassroots/testing';
import { cadreFixtures } from '../../cadre/testing/cadre-fixtures';
import { registerMember } from '../../party-member/testing/party-member-fixtures';
import { HouseholdLink } from '../household-link.entity';
import { HouseholdVisit } from '../household-visit.entity';
import { Household } from '../household.entity';
import { LinkPerson } from '../link-person.entity';

// Shared by the household-link integration specs: real codes of 麻城市 (421181).
export const TOWNSHIP = '421181111'; // 黄土岗镇
export const OTHER_TOWNSHIP = '421181100'; // 中馆驿镇
export const OTHER_TOWNSHIP_VILLAGE = '421181100200'; // 林寨村

export const REGISTER_HOUSEHOLD = `mutation Register($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id headName address region { code } } }`;
export const LINK = `mutation Link($input: LinkHouseholdInput!) {
  linkHousehold(input: $input) { id personId personKind personName linkRole quota linkedAt endedAt region { code } household { id headName } }
}`;
export const END_LINK = `mutation End($id: ID!, $endedOn: LocalDate, $reason: String) {
  endHouseholdLink(id: $id, endedOn: $endedOn, reason: $reason) { id endedAt endReason }
}`;
export const LINKS = `query Links($within: RegionCode, $personId: ID, $includeEnded: Boolean, $first: Int, $after: String) {
  householdLinks(within: $within, personId: $personId, includeEnded: $includeEnded, first: $first, after: $after) {
    totalCount nodes { id personId personName linkRole endedAt household { id } visits { totalCount nodes { visitedOn } } } pageInfo { hasNextPage endCursor }
  }
}`;
const REGISTER_REPRESENTATIVE = `mutation Rep($input: RegisterVillageRepresentativeInput!) { registerVillageRepresentative(input: $input) { id } }`;
export const END_CADRE_POST = `mutation EndPost($postId: ID!, $leftAt: LocalDate!) { endCadrePost(postId: $postId, leftAt: $leftAt, reason: RESIGNED) { id } }`;
export const MEMBER_DEPARTURE = `mutation Depart($input: RecordPartyMemberDepartureInput!) { recordPartyMemberDeparture(input: $input) { id } }`;
export const MEMBER_DISPOSITION = `mutation Dispose($input: RecordPartyMemberDispositionInput!) { recordPartyMemberDisposition(input: $input) { id } }`;

export type Headers = Record<string, string>;
/** HouseholdLinkPersonInput. */
export type Person = { cadreId?: string; memberId?: string; representativeId?: string; gridWorkerName?: string };
export type Link = {
  id: string;
  personId: string;
  personKind: string;
  personName: string;
  linkRole: string;
  quota: number;
  linkedAt: string;
  endedAt: string | null;
  region: { code: string };
  household: { id: string; headName: string };
};

/** People of personnel's records, households and links, through the API; each test takes a village of its own. */
export function householdLinkFixtures(subgraph: () => TestSubgraph, officer: () => Headers) {
  let villages = 300;
  const cadres = () => cadreFixtures(subgraph(), officer());

  const call = async <T>(query: string, variables: Record<string, unknown>, headers = officer()): Promise<T> => {
    const response: GraphqlResponse<T> = await graphqlRequest<T>(subgraph().url, query, variables, headers);
    if (response.errors) throw new Error(`fixture failed: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  };

  return {
    call,
    /** A village code of the township no other test uses. */
    newVillage: (): string => `${TOWNSHIP}${++villages}`,

    async households(count: number, regionCode: string): Promise<string[]> {
      const ids: string[] = [];
      for (let n = 1; n <= count; n++) {
        ids.push((await call<{ registerHousehold: { id: string } }>(REGISTER_HOUSEHOLD, { input: { regionCode, headName: `户主${n}` } })).registerHousehold.id);
      }
      return ids;
    },

    async member(regionCode: string, name: string, input: Record<string, unknown> = {}, headers = officer()): Promise<string> {
      return (await registerMember(subgraph(), headers, { name, regionCode, ...input })).id;
    },

    /** A cadre registered, reviewed and appointed to `post` (term from 2021-10-15); a party member when memberId is given. */
    cadre(regionCode: string, name: string, post: string, memberId?: string): Promise<{ cadreId: string; postId: string }> {
      return cadres().serving(name, post, { regionCode, ...(memberId ? { memberId } : {}) });
    },

    async representative(regionCode: string, name: string, memberId: string | null = null): Promise<string> {
      const input = { name, regionCode, memberId, electedAt: '2021-01-15' };
      return (await call<{ registerVillageRepresentative: { id: string } }>(REGISTER_REPRESENTATIVE, { input })).registerVillageRepresentative.id;
    },

    link(person: Person, householdId: string, headers = officer(), extra: Record<string, unknown> = {}): Promise<GraphqlResponse<{ linkHousehold: Link }>> {
      return graphqlRequest<{ linkHousehold: Link }>(subgraph().url, LINK, { input: { person, householdId, ...extra } }, headers);
    },

    /** Row counts of the household-link tables, to show that a refused request wrote nothing. */
    async rows() {
      const em = subgraph().em();
      return {
        households: await em.count(Household, {}),
        people: await em.count(LinkPerson, {}),
        links: await em.count(HouseholdLink, {}),
        visits: await em.count(HouseholdVisit, {}),
      };
    },
  };
}
