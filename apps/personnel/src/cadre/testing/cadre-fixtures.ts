import { graphqlRequest, type GraphqlResponse, type TestSubgraph } from '@grassroots/testing';

// Shared by the cadre integration specs: real codes of 麻城市 (421181).
export const TOWNSHIP = '421181111'; // 黄土岗镇
export const VILLAGE = '421181111229'; // 黄土岗镇 堰头垸村
export const SECOND_VILLAGE = '421181111201'; // 黄土岗镇 严家畈村
export const OTHER_TOWNSHIP = '421181100'; // 中馆驿镇
export const OTHER_TOWNSHIP_VILLAGE = '421181100200'; // 中馆驿镇 林寨村

export const REGISTER_CADRE = `mutation Register($input: RegisterCadreInput!) {
  registerCadre(input: $input) { id name gender birthDate education memberId region { code } }
}`;
export const RECORD_REVIEW = `mutation Review($input: RecordQualificationReviewInput!) {
  recordQualificationReview(input: $input) { id cadreId reviewedOn result reasons }
}`;
export const APPOINT_CADRE = `mutation Appoint($input: AppointCadreInput!) {
  appointCadre(input: $input) { id cadreId post termStart termEnd leftAt leftReason active region { code } cadre { id holdsBothPosts } }
}`;
export const END_CADRE_POST = `mutation End($postId: ID!, $leftAt: LocalDate!, $reason: CadreLeftReason!, $note: String) {
  endCadrePost(postId: $postId, leftAt: $leftAt, reason: $reason, note: $note) { id post termStart leftAt leftReason active }
}`;

export type Headers = Record<string, string>;

/** A cadre registered, reviewed (PASSED) and, when `post` is given, appointed: through the API. */
export function cadreFixtures(subgraph: TestSubgraph, headers: Headers) {
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response: GraphqlResponse<T> = await graphqlRequest<T>(subgraph.url, query, variables, headers);
    if (response.errors) throw new Error(`fixture failed: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  };

  const register = async (name: string, overrides: Record<string, unknown> = {}): Promise<string> => {
    const input = { name, gender: 'MALE', birthDate: '1980-03-01', education: 'HIGH_SCHOOL', regionCode: VILLAGE, ...overrides };
    return (await call<{ registerCadre: { id: string } }>(REGISTER_CADRE, { input })).registerCadre.id;
  };

  const pass = (cadreId: string, reviewedOn = '2021-09-01') => call(RECORD_REVIEW, { input: { cadreId, reviewedOn, result: 'PASSED' } });

  const appoint = async (cadreId: string, post: string, electedOn = '2021-10-15'): Promise<string> =>
    (await call<{ appointCadre: { id: string } }>(APPOINT_CADRE, { input: { cadreId, post, electedOn } })).appointCadre.id;

  /** Registers, passes and appoints: returns the cadre id and the post id. */
  const serving = async (name: string, post: string, overrides: Record<string, unknown> = {}) => {
    const cadreId = await register(name, overrides);
    await pass(cadreId);
    return { cadreId, postId: await appoint(cadreId, post) };
  };

  return { call, register, pass, appoint, serving };
}
