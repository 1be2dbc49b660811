export const MESSAGE_BUS_PROBE = Symbol('MESSAGE_BUS_PROBE');

/** What readiness needs of the broker connection. */
export type MessageBusProbe = { ping(): Promise<void> };
