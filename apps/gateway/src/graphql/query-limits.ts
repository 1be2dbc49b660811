import { ApolloArmor } from '@escape.tech/graphql-armor';

export type QueryLimits = {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxDirectives: number;
  // Enforced by Apollo Server's parser: armor's own token limit answers 500 (NOTES §5).
  maxTokens: number;
};

// Depth 8 rather than armor's 6: region → township → village → grid → event → person is
// already six levels before any leaf field.
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 8,
  maxAliases: 15,
  maxCost: 5000,
  maxDirectives: 50,
  maxTokens: 4000,
};

/** Armor's validation rules and plugins; violations answer 400 GRAPHQL_VALIDATION_FAILED. */
export function queryArmor(limits: QueryLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { enabled: false },
  }).protect();
}
