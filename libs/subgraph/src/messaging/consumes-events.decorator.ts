import { DiscoveryService } from '@nestjs/core';
import { type EventHandlers } from '@grassroots/messaging';

/**
 * A provider that applies events from other subgraphs. Mark it `@ConsumesEvents()`; the
 * platform finds it and feeds it through the idempotent inbox. Build the map with `on()`
 * from @grassroots/messaging: `{ ...on(memberJoined, (em, event) => ...) }`.
 */
export type EventHandlerSet = {
  handlers(): EventHandlers;
};

export const ConsumesEvents = DiscoveryService.createDecorator<void>();
