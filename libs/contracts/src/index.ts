export * from './envelope/event-envelope';
export * from './topics/topic-registry';
export * from './events/define-event';
export * from './events/event-catalogue';
export * from './events/personnel/member-joined/member-joined.event';
export * from './events/personnel/member-left/member-left.event';
export * from './events/personnel/cadre-left-office/cadre-left-office.event';
export * from './events/organization/organization-created/organization-created.event';
