import { assertMayWriteAt } from './party-organization-access.util';

const TOWNSHIP = '421181111';
const VILLAGE_GROUP = '421181111229001';

describe(assertMayWriteAt.name, () => {
  it('lets the organization department write at any level and a township officer from the township down', () => {
    expect(() => assertMayWriteAt(true, '421181')).not.toThrow();
    expect(() => assertMayWriteAt(false, TOWNSHIP)).not.toThrow();
    expect(() => assertMayWriteAt(false, VILLAGE_GROUP)).not.toThrow();
  });

  it('refuses a township officer a county organization with FORBIDDEN', () => {
    expect(() => assertMayWriteAt(false, '421181')).toThrow(expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringContaining('is a COUNTY') }));
  });
});
