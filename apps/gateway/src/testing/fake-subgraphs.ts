import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { CALLER_IDENTITY_HEADER } from '@grassroots/auth';
import { parentRegionCode, type RegionCode } from '@grassroots/kernel';
import { type DocumentNode, GraphQLError, parse } from 'graphql';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

// Two tiny subgraphs sharing the `Region` entity, enough to see a query plan span both.
export const REGION_TYPE_DEFS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query {
    region(code: ID!): Region
    "Fails with a plain Error whose message must never reach a client."
    boom: String
    forbidden: String
  }

  type Region @key(fields: "code") {
    code: ID!
    name: String!
    parent: Region
  }
`);

export const MEMBER_TYPE_DEFS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Region @key(fields: "code") {
    code: ID!
    memberCount: Int
  }
`);

export const SECRET_FAILURE = 'database password hunter2 leaked in a stack';

type RegionRef = { code: string };

export type FakeSubgraph = {
  name: string;
  url: string;
  typeDefs: DocumentNode;
  // Every `x-grassroots-caller` value received, in order.
  identities: string[];
  // Client ports seen: one per TCP connection the gateway opened.
  connections: Set<number>;
  stop(): Promise<void>;
};

export function startRegionSubgraph(name = 'organization'): Promise<FakeSubgraph> {
  return startFake(name, REGION_TYPE_DEFS, {
    Query: {
      region: (_: unknown, { code }: RegionRef) => ({ code }),
      boom: () => {
        throw new Error(SECRET_FAILURE);
      },
      forbidden: () => {
        throw new GraphQLError('region 4201 is outside your region scope 421181', { extensions: { code: 'FORBIDDEN' } });
      },
    },
    Region: {
      __resolveReference: (ref: RegionRef) => ref,
      name: ({ code }: RegionRef) => `地区${code}`,
      parent: ({ code }: RegionRef) => ({ code: parentRegionCode(code as RegionCode) ?? code }),
    },
  });
}

export function startMemberSubgraph(name = 'personnel'): Promise<FakeSubgraph> {
  return startFake(name, MEMBER_TYPE_DEFS, {
    Region: {
      __resolveReference: (ref: RegionRef) => ref,
      memberCount: ({ code }: RegionRef) => code.length * 10,
    },
  });
}

async function startFake(name: string, typeDefs: DocumentNode, resolvers: Record<string, object>): Promise<FakeSubgraph> {
  const identities: string[] = [];
  const connections = new Set<number>();
  // buildSubgraphSchema's resolver map type is stricter than these plain objects need.
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => {
      const identity = req.headers[CALLER_IDENTITY_HEADER];
      if (typeof identity === 'string') identities.push(identity);
      if (req.socket.remotePort) connections.add(req.socket.remotePort);
      return {};
    },
  });
  return { name, url, typeDefs, identities, connections, stop: () => server.stop() };
}

/** A subgraph that accepts connections and never answers: the worst kind of slow. */
export async function startSilentSubgraph(name: string, typeDefs: DocumentNode): Promise<FakeSubgraph> {
  const server: Server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    name,
    url: `http://127.0.0.1:${port}/`,
    typeDefs,
    identities: [],
    connections: new Set(),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The supergraph SDL for `subgraphs`, as `npm run compose` would write it. */
export function composeSupergraph(subgraphs: Pick<FakeSubgraph, 'name' | 'url' | 'typeDefs'>[]): string {
  const result = composeServices(subgraphs.map(({ name, url, typeDefs }) => ({ name, url, typeDefs })));
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.supergraphSdl;
}
