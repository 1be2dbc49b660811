import { KnownPartyOrganization } from '@grassroots/personnel-app';
import { type BulkWriter } from './bulk-writer';
import { type CountyFacts } from './county-facts';

/**
 * Personnel's replica of the county's party organizations (branch directory), which member and
 * pipeline writes check branches against. The running platform keeps it from organization's
 * events; the demo import sends none, so it copies the rows it read.
 */
export function writeKnownPartyOrganizations(writer: BulkWriter, county: CountyFacts, receivedAt: Date): void {
  writer.add(
    KnownPartyOrganization,
    county.organizations.map((organization) => ({ ...organization, receivedAt, updatedAt: receivedAt })),
  );
}
