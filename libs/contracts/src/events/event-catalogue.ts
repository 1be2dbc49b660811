import { type EventDefinition } from './define-event';
import { organizationCreated } from './organization/organization-created/organization-created.event';
import { cadreLeftOffice } from './personnel/cadre-left-office/cadre-left-office.event';
import { memberJoined } from './personnel/member-joined/member-joined.event';
import { memberLeft } from './personnel/member-left/member-left.event';
import { memberTransferred } from './personnel/member-transferred/member-transferred.event';
import { cadreAppointed } from './personnel/cadre-appointed/cadre-appointed.event';
import { pipelineStageChanged } from './personnel/pipeline-stage-changed/pipeline-stage-changed.event';
import { representativeReplaced } from './personnel/representative-replaced/representative-replaced.event';
import { organizationDissolved } from './organization/organization-dissolved/organization-dissolved.event';
import { organizationMoved } from './organization/organization-moved/organization-moved.event';
import { weakVillageClosed } from './organization/weak-village-closed/weak-village-closed.event';
import { weakVillageDesignated } from './organization/weak-village-designated/weak-village-designated.event';
import { weakVillageRelapsed } from './organization/weak-village-relapsed/weak-village-relapsed.event';

/** Every published event, by type: a new event or version is added here too. */
export const EVENT_CATALOGUE: ReadonlyMap<string, EventDefinition<unknown>> = new Map(
  [
    memberJoined,
    memberLeft,
    memberTransferred,
    pipelineStageChanged,
    cadreAppointed,
    cadreLeftOffice,
    representativeReplaced,
    organizationCreated,
    organizationMoved,
    organizationDissolved,
    weakVillageDesignated,
    weakVillageClosed,
    weakVillageRelapsed,
  ].map((definition) => [
    definition.type,
    definition as EventDefinition<unknown>,
  ]),
);

export function findEventDefinition(type: string): EventDefinition<unknown> | undefined {
  return EVENT_CATALOGUE.get(type);
}
