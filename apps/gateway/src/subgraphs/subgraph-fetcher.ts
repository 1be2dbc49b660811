import { type Fetcher, type FetcherResponse } from '@apollo/utils.fetcher';
import { Agent, fetch } from 'undici';

export type SubgraphFetcherOptions = {
  connections: number;
  timeoutMs: number;
};

export type SubgraphFetcher = {
  fetcher: Fetcher;
  close(): Promise<void>;
};

/**
 * One subgraph's HTTP client: a bounded keep-alive pool and a deadline on every request.
 * Apollo's default fetcher has neither (NOTES §3), so one slow subgraph could hang every query.
 */
export function createSubgraphFetcher({ connections, timeoutMs }: SubgraphFetcherOptions): SubgraphFetcher {
  const agent = new Agent({
    connections,
    // Below Node's 5 s server keep-alive, so we never reuse a socket the subgraph is closing.
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 60_000,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: { timeout: Math.min(timeoutMs, 5_000) },
  });
  const fetcher: Fetcher = async (url, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const response = await fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      dispatcher: agent,
      signal: init.signal ? AbortSignal.any([init.signal, deadline]) : deadline,
    });
    // undici's Response satisfies the fetcher contract; only its nominal types differ.
    return response as unknown as FetcherResponse;
  };
  return { fetcher, close: () => agent.close() };
}
