import { OutboxMessage } from '@grassroots/messaging';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { PartyMember } from './party-member.entity';
import { SensitiveRead } from './sensitive-read.entity';
import { type Headers, MEMBER, MEMBER_FIELDS, nextIdNumber, OTHER_TOWNSHIP, personnelCallers, REGISTER, registerMember, VILLAGE } from './testing/party-member-fixtures';
import { testIdNumber } from './testing/test-id-number';

const BY_ID_NUMBER = `query ($idNumber: String!) { partyMemberByIdNumber(idNumber: $idNumber) { id name idNumber } }`;
const REGION_MEMBERS = `query ($representations: [_Any!]!, $first: Int) {
  _entities(representations: $representations) { ... on Region { code partyMembers(first: $first) { totalCount nodes { id idNumber phone } } } }
}`;
const LIST = `query ($within: RegionCode, $first: Int) { partyMembers(within: $within, first: $first) { totalCount nodes { id idNumber phone } } }`;

type Member = { id: string; idNumber: string | null; phone: string | null };

describe('Party member personal data: sealed at rest, masked by role, every unmasked read recorded', () => {
  const statements: string[] = [];
  let subgraph: TestSubgraph;
  let callers: Awaited<ReturnType<typeof personnelCallers>>;
  let member: Member;
  const idNumber = testIdNumber('1975-08-16', '031');
  const phone = '13812345678';

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config), { queryLogger: (sql) => statements.push(sql) });
    callers = await personnelCallers();
    member = await registerMember(subgraph, callers.officer, { name: '刘德华', idNumber, phone, education: 'HIGH_SCHOOL' });
  });
  afterAll(() => subgraph?.close());

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Headers) =>
    graphqlRequest<T>(subgraph.url, query, variables, headers);
  const readsOf = (subjectId: string) => subgraph.em().find(SensitiveRead, { subjectId }, { orderBy: { field: 'asc' } });
  const rows = async () => ({
    members: await subgraph.em().count(PartyMember, {}),
    events: await subgraph.em().count(OutboxMessage, {}),
    reads: await subgraph.em().count(SensitiveRead, {}),
  });

  describe('at rest', () => {
    it('stores SM4-sealed values and a keyed hash, never the plain ID number or phone', async () => {
      const [row] = await subgraph.em().getConnection().execute<Record<string, string>[]>('select * from party_member where id = ?', [member.id]);
      expect(row.id_number_sealed).toMatch(/^v1\./);
      expect(row.phone_sealed).toMatch(/^v1\./);
      expect(row.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain(idNumber.slice(6, 14));
      expect(JSON.stringify(row)).not.toContain('12345678');
      expect(row).toMatchObject({ birth_date: '1975-08-16', gender: 'MALE', education: 'HIGH_SCHOOL' });
    });

    it('backs the duplicate checks with partial unique indexes on the keyed hashes', async () => {
      const indexes = await subgraph.em().getConnection().execute<{ indexdef: string }[]>(
        `select indexdef from pg_indexes where indexname in ('party_member_current_id_number_unique', 'pipeline_person_open_id_number_unique') order by indexname`,
      );
      expect(indexes.map((index) => index.indexdef)).toEqual([
        expect.stringMatching(/UNIQUE INDEX .* \(id_number_hash\) WHERE \(\(id_number_hash IS NOT NULL\) AND \(left_at IS NULL\)\)/),
        expect.stringMatching(/UNIQUE INDEX .* \(id_number_hash\) WHERE \(\(stage\)::text <> 'FULL'::text\)/),
      ]);
    });

    it('answers the registering township officer masked (write-only for personal data)', () => {
      expect(member.idNumber).toBe(`421181********${idNumber.slice(-4)}`);
      expect(member.phone).toBe('138****5678');
    });
  });

  describe('masking per role', () => {
    it.each([
      ['organization-dept', 'orgDept', 'org-dept-user'],
      ['discipline', 'discipline', 'discipline-user'],
    ] as const)('shows %s the values and records both reads', async (_role, caller, subject) => {
      const before = (await readsOf(member.id)).length;
      const response = await gql<{ partyMember: Member }>(MEMBER, { id: member.id }, callers[caller]);
      expect(response.errors).toBeUndefined();
      expect(response.data!.partyMember).toMatchObject({ idNumber, phone });
      const reads = await readsOf(member.id);
      expect(reads).toHaveLength(before + 2);
      expect(reads.filter((read) => read.readerSubject === subject).map((read) => read.field).sort()).toEqual(['ID_NUMBER', 'PHONE']);
      expect(reads.every((read) => read.subjectType === 'PARTY_MEMBER' && read.regionCode === VILLAGE)).toBe(true);
    });

    it.each([
      ['analyst', 'analyst'],
      ['township-officer', 'officer'],
    ] as const)('masks for %s and records nothing', async (_role, caller) => {
      const before = (await readsOf(member.id)).length;
      const response = await gql<{ partyMember: Member }>(MEMBER, { id: member.id }, callers[caller]);
      expect(response.data!.partyMember).toMatchObject({ idNumber: `421181********${idNumber.slice(-4)}`, phone: '138****5678' });
      expect(await readsOf(member.id)).toHaveLength(before);
    });

    it('masks for an analyst who also holds organization-dept', async () => {
      const both = await identityHeaders(testCaller(['organization-dept', 'analyst'], '421181'));
      const response = await gql<{ partyMember: Member }>(MEMBER, { id: member.id }, both);
      expect(response.data!.partyMember.idNumber).toContain('********');
    });

    it('records a read only when the field is asked for', async () => {
      const before = (await readsOf(member.id)).length;
      await gql(`query ($id: ID!) { partyMember(id: $id) { id name } }`, { id: member.id }, callers.orgDept);
      expect(await readsOf(member.id)).toHaveLength(before);
    });

    it('refuses to show a tampered value and records no read', async () => {
      const victim = await registerMember(subgraph, callers.officer, { name: '被篡改', idNumber: nextIdNumber('1966-06-06') });
      await subgraph.em().getConnection().execute(`update party_member set id_number_sealed = overlay(id_number_sealed placing 'A' from 10 for 1) where id = ?`, [victim.id]);
      const response = await gql<{ partyMember: Member | null }>(`query ($id: ID!) { partyMember(id: $id) { id idNumber } }`, { id: victim.id }, callers.orgDept);
      expect(errorCodes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(response)).not.toMatch(/4211811966/);
      expect(await readsOf(victim.id)).toHaveLength(0);
    });
  });

  describe('lists: one INSERT per request for all unmasked reads', () => {
    let listed: string[];

    beforeAll(async () => {
      for (let index = 0; index < 24; index += 1) {
        await registerMember(subgraph, callers.officer, { name: `党员${index}`, regionCode: '421181111201', idNumber: nextIdNumber('1970-01-01'), phone: `1390000${String(index).padStart(4, '0')}` });
      }
    });

    it('writes 48 read rows for 24 members in one statement', async () => {
      const before = await rows();
      statements.length = 0;
      const response = await gql<{ partyMembers: { nodes: Member[] } }>(LIST, { within: '421181111201', first: 50 }, callers.orgDept);
      expect(response.errors).toBeUndefined();
      listed = response.data!.partyMembers.nodes.map((node) => node.id);
      expect(listed).toHaveLength(24);
      expect(response.data!.partyMembers.nodes.every((node) => /^\d{17}[\dX]$/.test(node.idNumber!) && /^139/.test(node.phone!))).toBe(true);
      expect(statements.filter((sql) => /insert into "sensitive_read"/i.test(sql))).toHaveLength(1);
      expect(await rows()).toEqual({ ...before, reads: before.reads + 48 });
    });

    it('masks the same list for an analyst with no statement written', async () => {
      statements.length = 0;
      const response = await gql<{ partyMembers: { nodes: Member[] } }>(LIST, { within: '421181111201', first: 50 }, callers.analyst);
      expect(response.data!.partyMembers.nodes.every((node) => node.idNumber!.includes('********') && node.phone!.includes('****'))).toBe(true);
      expect(statements.filter((sql) => /sensitive_read/i.test(sql))).toHaveLength(0);
    });

    it('carries idNumber and phone on Region.partyMembers, masked or not by role', async () => {
      const representations = [{ __typename: 'Region', code: '421181111201' }];
      const seen = await gql<{ _entities: { partyMembers: { totalCount: number; nodes: Member[] } }[] }>(REGION_MEMBERS, { representations, first: 5 }, callers.orgDept);
      expect(seen.errors).toBeUndefined();
      expect(seen.data!._entities[0].partyMembers.totalCount).toBe(24);
      expect(seen.data!._entities[0].partyMembers.nodes.every((node) => !node.idNumber!.includes('*'))).toBe(true);
      const masked = await gql<{ _entities: { partyMembers: { nodes: Member[] } }[] }>(REGION_MEMBERS, { representations, first: 5 }, callers.officer);
      expect(masked.data!._entities[0].partyMembers.nodes.every((node) => node.idNumber!.includes('********'))).toBe(true);
    });
  });

  describe('the read log', () => {
    const LOG = `query ($subjectId: ID) { sensitiveReads(subjectId: $subjectId) { totalCount nodes { readerSubject readerRoles subjectType field region { code } } } }`;

    it('shows the audit administrator who read what, latest first', async () => {
      const auditAdmin = await identityHeaders(testCaller(['auditadmin'], '421181'));
      const response = await gql<{ sensitiveReads: { totalCount: number; nodes: Record<string, unknown>[] } }>(LOG, { subjectId: member.id }, auditAdmin);
      expect(response.errors).toBeUndefined();
      expect(response.data!.sensitiveReads.totalCount).toBe((await readsOf(member.id)).length);
      expect(response.data!.sensitiveReads.nodes).toContainEqual({
        readerSubject: 'org-dept-user',
        readerRoles: 'organization-dept',
        subjectType: 'PARTY_MEMBER',
        field: 'ID_NUMBER',
        region: { code: VILLAGE },
      });
    });

    it.each(['orgDept', 'analyst'] as const)('refuses %s (FORBIDDEN)', async (caller) => {
      expect(errorCodes(await gql(LOG, {}, callers[caller]))).toEqual(['FORBIDDEN']);
    });
  });

  describe('lookup by ID number (keyed hash)', () => {
    it('finds the member for the organization department, the lower-case x too', async () => {
      const withX = testIdNumber('2000-02-29', '003');
      expect(withX.endsWith('X')).toBe(true);
      const xMember = await registerMember(subgraph, callers.officer, { name: '林晓', idNumber: withX });
      const response = await gql<{ partyMemberByIdNumber: Member }>(BY_ID_NUMBER, { idNumber: withX.toLowerCase() }, callers.orgDept);
      expect(response.errors).toBeUndefined();
      expect(response.data!.partyMemberByIdNumber).toMatchObject({ id: xMember.id, idNumber: withX });
      const again = await gql<{ partyMemberByIdNumber: Member }>(BY_ID_NUMBER, { idNumber }, callers.discipline);
      expect(again.data!.partyMemberByIdNumber.id).toBe(member.id);
    });

    it.each([
      ['a bad check character', 'orgDept', '421181197508160310', 'BAD_USER_INPUT'],
      ['a township officer', 'officer', idNumber, 'FORBIDDEN'],
      ['an analyst', 'analyst', idNumber, 'FORBIDDEN'],
      ['an unknown number', 'orgDept', testIdNumber('1960-01-01', '999'), 'NOT_FOUND'],
    ] as const)('refuses %s', async (_case, caller, value, code) => {
      const response = await gql(BY_ID_NUMBER, { idNumber: value }, callers[caller]);
      expect(errorCodes(response)).toEqual([code]);
    });

    it('does not find a member of another township (NOT_FOUND)', async () => {
      const elsewhere = await identityHeaders(testCaller(['organization-dept'], OTHER_TOWNSHIP));
      expect(errorCodes(await gql(BY_ID_NUMBER, { idNumber }, elsewhere))).toEqual(['NOT_FOUND']);
    });

    describe('every lookup that finds someone is recorded (ID_LOOKUP), whatever fields are asked for', () => {
      const lookupsOf = async (subjectId: string) => (await readsOf(subjectId)).filter((read) => read.field === 'ID_LOOKUP');
      let found: Member;
      let number: string;

      beforeAll(async () => {
        number = nextIdNumber('1972-12-12');
        found = await registerMember(subgraph, callers.officer, { name: '周查找', idNumber: number, phone: '13900001111' });
      });

      it('records one row for a lookup that asks only for the id and name', async () => {
        statements.length = 0;
        const response = await gql<{ partyMemberByIdNumber: { id: string } }>(`query ($idNumber: String!) { partyMemberByIdNumber(idNumber: $idNumber) { id name } }`, { idNumber: number }, callers.discipline);
        expect(response.data!.partyMemberByIdNumber.id).toBe(found.id);
        expect(await readsOf(found.id)).toEqual([
          expect.objectContaining({ field: 'ID_LOOKUP', subjectType: 'PARTY_MEMBER', readerSubject: 'discipline-user', readerRoles: 'discipline', regionCode: VILLAGE }),
        ]);
        expect(statements.filter((sql) => /insert into "sensitive_read"/i.test(sql))).toHaveLength(1);
      });

      it('records the lookup beside the unmasked ID number it then shows', async () => {
        const response = await gql<{ partyMemberByIdNumber: Member }>(BY_ID_NUMBER, { idNumber: number }, callers.orgDept);
        expect(response.data!.partyMemberByIdNumber.idNumber).toBe(number);
        const reads = (await readsOf(found.id)).filter((read) => read.readerSubject === 'org-dept-user');
        expect(reads.map((read) => read.field).sort()).toEqual(['ID_LOOKUP', 'ID_NUMBER']);
        expect(await lookupsOf(found.id)).toHaveLength(2);
      });

      it('records nothing for a lookup that finds nobody or is refused', async () => {
        const before = await rows();
        expect(errorCodes(await gql(BY_ID_NUMBER, { idNumber: testIdNumber('1961-01-01', '997') }, callers.orgDept))).toEqual(['NOT_FOUND']);
        expect(errorCodes(await gql(BY_ID_NUMBER, { idNumber: number }, callers.officer))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await gql(BY_ID_NUMBER, { idNumber: number }, callers.analyst))).toEqual(['FORBIDDEN']);
        expect(await rows()).toEqual(before);
      });

      it('shows the lookups in the audit administrator’s read log', async () => {
        const auditAdmin = await identityHeaders(testCaller(['auditadmin'], '421181'));
        const LOG = `query ($subjectId: ID) { sensitiveReads(subjectId: $subjectId) { nodes { readerSubject field } } }`;
        const response = await gql<{ sensitiveReads: { nodes: { readerSubject: string; field: string }[] } }>(LOG, { subjectId: found.id }, auditAdmin);
        expect(response.errors).toBeUndefined();
        expect(response.data!.sensitiveReads.nodes.filter((node) => node.field === 'ID_LOOKUP').map((node) => node.readerSubject).sort()).toEqual([
          'discipline-user',
          'org-dept-user',
        ]);
      });
    });
  });

  describe('registration with personal data: failures write nothing', () => {
    it.each([
      ['a wrong check character', { idNumber: '421181197508160319' }, 'BAD_USER_INPUT', /check character/],
      ['an impossible birth date', { idNumber: '421181197502300310' }, 'BAD_USER_INPUT', /not a real past date/],
      ['a birth date contradicting the ID number', { idNumber: nextIdNumber('1980-01-01'), birthDate: '1980-01-02' }, 'BAD_USER_INPUT', /birthDate/],
      ['a bad phone', { phone: '12345' }, 'BAD_USER_INPUT', /phone/],
      ['an ID number already registered', { idNumber }, 'CONFLICT', /already registered/],
    ])('refuses %s', async (_case, input, code, message) => {
      const before = await rows();
      const response = await gql(REGISTER, { input: { name: '王五', regionCode: VILLAGE, joinedAt: '2010-07-01', ...input } }, callers.officer);
      expect(errorCodes(response)).toEqual([code]);
      expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    });
  });

  it('keeps the member fields selectable together', async () => {
    const response = await gql(`query ($id: ID!) { partyMember(id: $id) { ${MEMBER_FIELDS} branch { id } } }`, { id: member.id }, callers.analyst);
    expect(response.errors).toBeUndefined();
  });
});
