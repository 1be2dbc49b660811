import { type Caller } from '@grassroots/auth';

/** What every operation carries through the gateway, built once the user token is verified. */
export type GatewayContext = {
  caller: Caller;
  requestId: string;
  // The signed `x-grassroots-caller` value, signed once and re-signed only near expiry.
  callerIdentity: () => Promise<string>;
};
