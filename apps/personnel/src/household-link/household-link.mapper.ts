import { maskedText, maskName } from '../shared/personal-data';
import { type HouseholdLink } from './household-link.entity';
import {
  HouseholdLinkObject,
  HouseholdLinkSummaryObject,
  HouseholdObject,
  HouseholdVisitObject,
  PersonUnderQuotaObject,
} from './household-link.object';
import { type HouseholdLinkSummary, type PersonUnderQuota } from './household-link.repository';
import { type HouseholdVisit } from './household-visit.entity';
import { type Household } from './household.entity';
import { linkQuotaOf } from './link-quota.util';

export function toHouseholdObject(household: Household, masked: boolean): HouseholdObject {
  return Object.assign(new HouseholdObject(), {
    id: household.id,
    region: { code: household.regionCode },
    headName: masked ? maskName(household.headName) : household.headName,
    address: maskedText(household.address, masked),
  });
}

export function toHouseholdLinkObject(link: HouseholdLink, masked: boolean): HouseholdLinkObject {
  return Object.assign(new HouseholdLinkObject(), {
    id: link.id,
    region: { code: link.regionCode },
    personId: link.person.id,
    personKind: link.personKind,
    personName: masked ? maskName(link.personName) : link.personName,
    linkRole: link.linkRole,
    quota: linkQuotaOf(link.linkRole),
    linkedAt: link.linkedAt,
    endedAt: link.endedAt,
    endReason: maskedText(link.endReason, masked),
    householdId: link.household.id,
  });
}

export function toHouseholdVisitObject(visit: HouseholdVisit, masked: boolean): HouseholdVisitObject {
  return Object.assign(new HouseholdVisitObject(), {
    id: visit.id,
    visitedOn: visit.visitedOn,
    month: visit.visitMonth,
    note: maskedText(visit.note, masked),
    recordedBy: visit.recordedBy,
    recordedAt: visit.recordedAt.toISOString(),
    linkId: visit.link.id,
  });
}

export function toPersonUnderQuotaObject(person: PersonUnderQuota, masked: boolean): PersonUnderQuotaObject {
  return Object.assign(new PersonUnderQuotaObject(), {
    personId: person.id,
    personKind: person.kind,
    name: masked ? maskName(person.name) : person.name,
    linkRole: person.linkRole,
    region: { code: person.regionCode },
    quota: person.quota,
    activeLinks: person.activeLinks,
    gap: person.gap,
  });
}

export function toSummaryObject(summary: HouseholdLinkSummary, month: string): HouseholdLinkSummaryObject {
  return Object.assign(new HouseholdLinkSummaryObject(), {
    month,
    households: summary.households,
    linkedHouseholds: summary.linkedHouseholds,
    unlinkedHouseholds: summary.households - summary.linkedHouseholds,
    activeLinks: summary.activeLinks,
    visitsThisMonth: summary.visitsThisMonth,
  });
}
