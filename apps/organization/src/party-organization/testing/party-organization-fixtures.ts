import { OutboxMessage } from '@grassroots/messaging';
import { errorCodes, graphqlRequest, type GraphqlResponse, type TestSubgraph } from '@grassroots/testing';
import { PartyOrganizationChange } from '../party-organization-change.entity';
import { PartyOrganizationMemberRegion } from '../party-organization-member-region.entity';
import { PartyOrganizationResidentUnit } from '../party-organization-resident-unit.entity';
import { PartyOrganization } from '../party-organization.entity';

// Shared by the party-organization integration specs.

export const TOWNSHIP = '421181111'; // 黄土岗镇
export const VILLAGE = '421181111229'; // 堰头垸村
export const OTHER_VILLAGE = '421181111201'; // 严家畈村
export const THIRD_VILLAGE = '421181111203'; // 桐枧冲村
export const OTHER_TOWNSHIP = '421181100'; // 中馆驿镇
export const OTHER_TOWNSHIP_VILLAGE = '421181100200'; // 林寨村
export const STREET = '421181002'; // 鼓楼街道
export const COMMUNITY = '421181002001'; // 鼓楼社区
export const MEMBER_ID = '3f2c8a9e-1b4d-4e6f-9a0b-c1d2e3f4a5b6';

export const ORGANIZATION_FIELDS = 'id name kind form regionCode parentId foundedAt dissolvedAt active memberCount inVillageMemberCount inVillageRatio';

export const CREATE = `mutation Create($input: CreatePartyOrganizationInput!) {
  createPartyOrganization(input: $input) { ${ORGANIZATION_FIELDS} anchorMemberId region { code shortName } parent { id name }
    memberRegions { code shortName } residentUnits { name unitKind } }
}`;

export type OrganizationView = {
  id: string;
  name: string;
  kind: string;
  form: string;
  regionCode: string;
  parentId: string | null;
  foundedAt: string;
  dissolvedAt: string | null;
  active: boolean;
  memberCount: number;
  inVillageMemberCount: number;
  inVillageRatio: number | null;
};

export type CreateInput = {
  name: string;
  kind?: string;
  form?: string;
  regionCode: string;
  parentId?: string | null;
  foundedAt?: string;
  anchorMemberId?: string;
  memberRegionCodes?: string[];
  residentUnits?: { name: string; unitKind: string }[];
};

/** Creates an organization and fails the test with the errors when it was refused. */
export async function createOrganization(subgraph: TestSubgraph, headers: Record<string, string>, input: CreateInput): Promise<OrganizationView> {
  const response = await graphqlRequest<{ createPartyOrganization: OrganizationView }>(
    subgraph.url,
    CREATE,
    { input: { foundedAt: '2020-01-01', ...input } },
    headers,
  );
  if (response.errors) throw new Error(`createPartyOrganization ${input.name} refused: ${JSON.stringify(response.errors)}`);
  return response.data!.createPartyOrganization;
}

/** Row counts of every table a change may write. */
export async function rowCounts(subgraph: TestSubgraph) {
  const em = subgraph.em();
  return {
    organizations: await em.count(PartyOrganization, {}),
    dissolved: await em.count(PartyOrganization, { dissolvedAt: { $ne: null } }),
    memberRegions: await em.count(PartyOrganizationMemberRegion, {}),
    residentUnits: await em.count(PartyOrganizationResidentUnit, {}),
    changes: await em.count(PartyOrganizationChange, {}),
    events: await em.count(OutboxMessage, {}),
  };
}

/** The events written since `afterSeq`, oldest first. */
export async function eventsSince(subgraph: TestSubgraph, afterSeq: string) {
  const rows = await subgraph.em().find(OutboxMessage, { seq: { $gt: afterSeq } }, { orderBy: { seq: 'asc' } });
  return rows.map((row) => ({ type: row.type, key: row.key, data: row.payload.data as Record<string, unknown> }));
}

export async function lastEventSeq(subgraph: TestSubgraph): Promise<string> {
  const [last] = await subgraph.em().find(OutboxMessage, {}, { orderBy: { seq: 'desc' }, limit: 1 });
  return last?.seq ?? '0';
}

/** Asserts the refusal code (and message) and that nothing was written. */
export async function expectRefused(
  subgraph: TestSubgraph,
  run: () => Promise<GraphqlResponse<unknown>>,
  code: string,
  message?: RegExp,
): Promise<GraphqlResponse<unknown>> {
  const before = await rowCounts(subgraph);
  const response = await run();
  expect(errorCodes(response)).toEqual([code]);
  if (message) expect(response.errors![0].message).toMatch(message);
  expect(await rowCounts(subgraph)).toEqual(before);
  return response;
}
