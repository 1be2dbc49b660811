import { type EventDefinition } from './define-event';
import { organizationCreated } from './organization/organization-created/organization-created.event';
import { cadreLeftOffice } from './personnel/cadre-left-office/cadre-left-office.event';
import { memberJoined } from './personnel/member-joined/member-joined.event';
import { memberLeft } from './personnel/member-left/member-left.event';

/** Every published event, by type: a new event or version is added here too. */
export const EVENT_CATALOGUE: ReadonlyMap<string, EventDefinition<unknown>> = new Map(
  [memberJoined, memberLeft, cadreLeftOffice, organizationCreated].map((definition) => [
    definition.type,
    definition as EventDefinition<unknown>,
  ]),
);

export function findEventDefinition(type: string): EventDefinition<unknown> | undefined {
  return EVENT_CATALOGUE.get(type);
}
