import { randomUUID } from 'node:crypto';
import { graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { testIdNumber } from './test-id-number';

export type Headers = Record<string, string>;

export const TOWNSHIP = '421181111'; // 黄土岗镇
export const VILLAGE = '421181111229'; // 堰头垸村
export const SECOND_VILLAGE = '421181111201'; // 严家畈村
export const OTHER_TOWNSHIP = '421181100'; // 中馆驿镇
export const OTHER_TOWNSHIP_VILLAGE = '421181100200'; // 林寨村

export const MEMBER_FIELDS = 'id name status branchId branchSince inVillage joinedAt gender birthDate education idNumber phone suspendedSince leftAt leftReason region { code }';

export const REGISTER = `mutation Register($input: RegisterPartyMemberInput!) { registerPartyMember(input: $input) { ${MEMBER_FIELDS} } }`;
export const MEMBER = `query Member($id: ID!) { partyMember(id: $id) { ${MEMBER_FIELDS} } }`;

/** The roles the specs act as: organization department (county), township officer, analyst, discipline. */
export async function personnelCallers() {
  return {
    orgDept: await identityHeaders(testCaller(['organization-dept'], '421181', 'org-dept-user')),
    townshipOrgDept: await identityHeaders(testCaller(['organization-dept'], TOWNSHIP, 'township-org-dept-user')),
    officer: await identityHeaders(testCaller(['township-officer'], TOWNSHIP, 'officer-user')),
    otherOfficer: await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP, 'other-officer-user')),
    analyst: await identityHeaders(testCaller(['analyst'], '421181', 'analyst-user')),
    discipline: await identityHeaders(testCaller(['discipline'], '421181', 'discipline-user')),
  };
}

let sequence = 100;
/** A fresh made-up ID number (valid check character) for each call. */
export function nextIdNumber(birthDate = '1980-05-20'): string {
  sequence += 2;
  return testIdNumber(birthDate, String(sequence % 1000).padStart(3, '0'));
}

export type RegisteredMember = { id: string; name: string; idNumber: string | null; phone: string | null };

/** Registers a full member (through the API) and returns it. */
export async function registerMember(subgraph: TestSubgraph, headers: Headers, input: Record<string, unknown> = {}): Promise<RegisteredMember> {
  const response = await graphqlRequest<{ registerPartyMember: RegisteredMember }>(
    subgraph.url,
    REGISTER,
    { input: { name: '张建国', regionCode: VILLAGE, joinedAt: '2010-07-01', ...input } },
    headers,
  );
  if (response.errors) throw new Error(`registering a member failed: ${JSON.stringify(response.errors)}`);
  return response.data!.registerPartyMember;
}

export const newBranchId = (): string => randomUUID();
