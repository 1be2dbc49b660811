// Shared by the gateway, the subgraphs and `npm run token` so a development stack works with no
// settings. The gateway refuses them when NODE_ENV=production; subgraphs must do the same.
export const DEV_AUTH_JWT_SECRET = 'development-only-user-token-secret-change-me';
export const DEV_GATEWAY_IDENTITY_SECRET = 'development-only-gateway-identity-secret-change-me';
