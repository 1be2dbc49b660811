import {
  assertLinkRoleOn,
  assertNotRoleHolder,
  assertOfVillage,
  type CadreRecord,
  highestRoleOn,
  type MemberRecord,
  parsePersonRef,
  type PersonRecords,
  type RepresentativeRecord,
  rolesOn,
} from './link-eligibility.util';

const refused = (code: string, message: string) => expect.objectContaining({ code, message: expect.stringContaining(message) });

const ID = '6f1c2e1a-8d3b-4c55-9a51-0d0f7f0e1a01';
const DAY = '2026-05-01';

const cadre = (posts: CadreRecord['posts'], name = '严书记'): CadreRecord => ({ id: 'cadre-1', name, posts });
const member = (overrides: Partial<MemberRecord> = {}): MemberRecord => ({
  id: 'member-1',
  name: '严党员',
  joinedAt: '2010-07-01',
  leftAt: null,
  suspendedSince: null,
  ...overrides,
});
const representative = (overrides: Partial<RepresentativeRecord> = {}): RepresentativeRecord => ({
  id: 'rep-1',
  name: '严代表',
  electedAt: '2021-01-15',
  leftOn: null,
  ...overrides,
});
const records = (overrides: Partial<PersonRecords> = {}): PersonRecords => ({ cadres: [], member: null, representatives: [], ...overrides });
const post = (kind: CadreRecord['posts'][number]['post'], leftAt: string | null = null, termStart = '2021-10-15') => ({ post: kind, termStart, leftAt });

describe(parsePersonRef.name, () => {
  it('takes exactly one record id or a grid worker’s name', () => {
    expect(parsePersonRef({ cadreId: ID.toUpperCase() })).toEqual({ kind: 'CADRE', id: ID });
    expect(parsePersonRef({ memberId: ID, cadreId: null })).toEqual({ kind: 'MEMBER', id: ID });
    expect(parsePersonRef({ representativeId: ID })).toEqual({ kind: 'REPRESENTATIVE', id: ID });
    expect(parsePersonRef({ gridWorkerName: ' 王网格 ' })).toEqual({ kind: 'GRID_WORKER', name: '王网格' });
  });

  it('refuses none, two, a malformed id and an empty name: BAD_USER_INPUT', () => {
    expect(() => parsePersonRef({})).toThrow(refused('BAD_USER_INPUT', 'exactly one of cadreId, memberId, representativeId or gridWorkerName (got none)'));
    expect(() => parsePersonRef(null)).toThrow(refused('BAD_USER_INPUT', 'got none'));
    expect(() => parsePersonRef({ cadreId: ID, memberId: ID })).toThrow(refused('BAD_USER_INPUT', 'got cadreId, memberId'));
    expect(() => parsePersonRef({ memberId: 'm-1' })).toThrow(refused('BAD_USER_INPUT', 'person.memberId'));
    expect(() => parsePersonRef({ gridWorkerName: ' ' })).toThrow(refused('BAD_USER_INPUT', 'person.gridWorkerName'));
  });
});

describe(highestRoleOn.name, () => {
  it('gives a serving secretary or committee chair the chief cadre’s role, any other two-committee post 5', () => {
    expect(highestRoleOn(records({ cadres: [cadre([post('SECRETARY')])] }), DAY)).toMatchObject({ linkRole: 'CHIEF_CADRE', name: '严书记' });
    expect(highestRoleOn(records({ cadres: [cadre([post('COMMITTEE_CHAIR')])] }), DAY)?.linkRole).toBe('CHIEF_CADRE');
    expect(highestRoleOn(records({ cadres: [cadre([post('COMMITTEE_MEMBER'), post('DEPUTY_SECRETARY')])] }), DAY)?.linkRole).toBe('TWO_COMMITTEE_MEMBER');
  });

  it('drops a post from the day it ended, and counts one only from its first day', () => {
    const ended = records({ cadres: [cadre([post('SECRETARY', DAY), post('COMMITTEE_MEMBER')])] });
    expect(highestRoleOn(ended, '2026-04-30')?.linkRole).toBe('CHIEF_CADRE');
    expect(highestRoleOn(ended, DAY)?.linkRole).toBe('TWO_COMMITTEE_MEMBER');
    expect(highestRoleOn(records({ cadres: [cadre([post('SECRETARY', null, '2026-06-01')])] }), DAY)).toBeNull();
  });

  it('gives an accountant 报账员 no cadre role: not a two-committee post', () => {
    expect(highestRoleOn(records({ cadres: [cadre([post('ACCOUNTANT')])] }), DAY)).toBeNull();
    expect(highestRoleOn(records({ cadres: [cadre([post('ACCOUNTANT')])], member: member() }), DAY)?.linkRole).toBe('PARTY_MEMBER');
  });

  it('counts a cadre who is also a member and a representative once, by the highest role', () => {
    const all = records({ cadres: [cadre([post('COMMITTEE_DEPUTY')])], member: member(), representatives: [representative()] });
    expect(rolesOn(all, DAY).map((role) => role.linkRole)).toEqual(['TWO_COMMITTEE_MEMBER', 'PARTY_MEMBER', 'REPRESENTATIVE']);
    expect(highestRoleOn(all, DAY)).toMatchObject({ linkRole: 'TWO_COMMITTEE_MEMBER', record: 'CADRE' });
    expect(highestRoleOn(records({ member: member(), representatives: [representative()] }), DAY)).toMatchObject({ linkRole: 'PARTY_MEMBER', name: '严党员' });
  });

  it('gives a current member 3 and none to a departed, suspended or not yet joined one', () => {
    expect(highestRoleOn(records({ member: member() }), DAY)?.linkRole).toBe('PARTY_MEMBER');
    expect(highestRoleOn(records({ member: member({ leftAt: DAY }) }), DAY)).toBeNull();
    expect(highestRoleOn(records({ member: member({ leftAt: '2026-05-02' }) }), DAY)?.linkRole).toBe('PARTY_MEMBER');
    expect(highestRoleOn(records({ member: member({ suspendedSince: '2026-03-01' }) }), DAY)).toBeNull();
    expect(highestRoleOn(records({ member: member({ joinedAt: '2026-06-01' }) }), DAY)).toBeNull();
  });

  it('gives a serving representative 1, none once replaced or resigned', () => {
    expect(highestRoleOn(records({ representatives: [representative()] }), DAY)?.linkRole).toBe('REPRESENTATIVE');
    expect(highestRoleOn(records({ representatives: [representative({ leftOn: '2026-04-01' })] }), DAY)).toBeNull();
  });
});

describe(assertLinkRoleOn.name, () => {
  it('says why the records give no role: CONFLICT', () => {
    expect(() => assertLinkRoleOn(records({ member: member({ leftAt: '2026-01-10' }) }), DAY)).toThrow(
      refused('CONFLICT', 'no role that links households on 2026-05-01: party member 严党员 left the party organization on 2026-01-10'),
    );
    expect(() => assertLinkRoleOn(records({ cadres: [cadre([post('SECRETARY', '2026-03-01'), post('ACCOUNTANT')])] }), DAY)).toThrow(
      refused('CONFLICT', 'cadre 严书记 holds no two-committee post on 2026-05-01 (the last ended on 2026-03-01) (only 报账员/会计'),
    );
    expect(() => assertLinkRoleOn(records({ member: member({ suspendedSince: '2026-02-01' }) }), DAY)).toThrow(refused('CONFLICT', 'suspended since 2026-02-01'));
    expect(() => assertLinkRoleOn(records({ representatives: [representative({ leftOn: '2026-04-01' })] }), DAY)).toThrow(
      refused('CONFLICT', 'representative 严代表 no longer serves since 2026-04-01'),
    );
  });

  it('returns the highest role', () => {
    expect(assertLinkRoleOn(records({ member: member() }), DAY)).toMatchObject({ linkRole: 'PARTY_MEMBER', recordId: 'member-1' });
  });
});

describe(assertOfVillage.name, () => {
  it('refuses a household of another village: BAD_USER_INPUT', () => {
    expect(() => assertOfVillage({ name: '严党员', village: '421181111201' }, '421181111201', 'h-1')).not.toThrow();
    expect(() => assertOfVillage({ name: '严党员', village: '421181111201' }, '421181111229', 'h-1')).toThrow(
      refused('BAD_USER_INPUT', '严党员 belongs to village 421181111201 and household h-1 to village 421181111229'),
    );
  });
});

describe(assertNotRoleHolder.name, () => {
  it('lets a name no role holder bears link as a grid worker, and sends a role holder to their record: CONFLICT', () => {
    expect(() => assertNotRoleHolder('王网格', [], '421181111201')).not.toThrow();
    const holder = highestRoleOn(records({ member: member({ name: '王网格' }) }), DAY)!;
    expect(() => assertNotRoleHolder('王网格', [holder], '421181111201')).toThrow(refused('CONFLICT', 'is recorded as 党员 (member member-1): link them with person.memberId'));
  });
});
