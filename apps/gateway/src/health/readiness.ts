import { type ApolloGateway } from '@apollo/gateway';
import { type SubgraphPool } from '../subgraphs/subgraph-pool';

export type SubgraphHealth = { status: 'up' | 'down'; latencyMs: number; error?: string };

export type Readiness = {
  ready: boolean;
  subgraphs: Record<string, SubgraphHealth>;
  failed: string[];
};

/**
 * Asks every subgraph `{ __typename }` through the gateway's own health check, one at a time in
 * parallel: `serviceHealthCheck()` on all of them stops at the first failure and names only it.
 */
export async function checkReadiness(gateway: ApolloGateway, pool: SubgraphPool): Promise<Readiness> {
  const checks = await Promise.all(
    pool.entries().map(async ([name, single]): Promise<[string, SubgraphHealth]> => {
      const started = performance.now();
      const latency = () => Math.round(performance.now() - started);
      try {
        const [{ response }] = await gateway.serviceHealthCheck(single);
        const refusal = response.errors?.[0]?.message;
        return [name, refusal ? { status: 'down', latencyMs: latency(), error: refusal } : { status: 'up', latencyMs: latency() }];
      } catch (error) {
        // The gateway prefixes "[name]: ", which the key already says.
        const message = (error as Error).message.replace(`[${name}]: `, '');
        return [name, { status: 'down', latencyMs: latency(), error: message }];
      }
    }),
  );
  const failed = checks.filter(([, health]) => health.status === 'down').map(([name]) => name);
  return { ready: failed.length === 0, subgraphs: Object.fromEntries(checks), failed };
}
