import { type EventEnvelope, organizationCreated, type OrganizationCreatedV1 } from '@grassroots/contracts';
import { newId } from '@grassroots/kernel';
import { type TestSubgraph } from '@grassroots/testing';
import { BranchDirectoryHandler } from '../branch-directory.handler';

/**
 * Makes personnel know a party organization as organization's `created` event would (through the
 * handler, in a transaction): a branch 党支部 of `regionCode` unless `data` says otherwise. For specs
 * that register members or applicants in a branch. Returns its id.
 */
export async function knownBranch(subgraph: TestSubgraph, regionCode: string, data: Partial<OrganizationCreatedV1> = {}): Promise<string> {
  const organizationId = data.organizationId ?? newId();
  const event = organizationCreated.create(regionCode, {
    organizationId,
    kind: 'BRANCH',
    form: 'STANDARD',
    regionCode,
    parentId: null,
    name: `党支部${organizationId.slice(0, 8)}`,
    ...data,
  });
  const handle = subgraph.app.get(BranchDirectoryHandler).handlers()[event.type];
  await subgraph.em().transactional((tx) => handle(tx, event as EventEnvelope<never>));
  return organizationId;
}
