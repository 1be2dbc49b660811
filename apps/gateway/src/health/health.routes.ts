import { Router } from 'express';
import { type Readiness } from './readiness';

export type HealthProbe = {
  // False once shutdown has begun: load balancers should stop sending traffic.
  accepting: () => boolean;
  readiness: () => Promise<Readiness>;
};

/** `/health/live`: the process answers. `/health/ready`: every subgraph answers too. */
export function healthRoutes(probe: HealthProbe): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'live' });
  });
  router.get('/health/ready', async (_req, res) => {
    res.set('cache-control', 'no-store');
    if (!probe.accepting()) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    const { ready, subgraphs, failed } = await probe.readiness();
    if (ready) res.json({ status: 'ready', subgraphs });
    else res.status(503).json({ status: 'unavailable', failed, subgraphs });
  });
  return router;
}
