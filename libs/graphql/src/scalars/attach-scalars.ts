import { type GraphQLSchema, isScalarType } from 'graphql';
import { LocalDateScalar } from './local-date.scalar';
import { MoneyScalar } from './money.scalar';
import { RegionCodeScalar } from './region-code.scalar';

const SCALARS = [RegionCodeScalar, LocalDateScalar, MoneyScalar];

/**
 * Federation rebuilds a subgraph's schema from its printed SDL, which keeps a custom scalar's
 * name but drops its parsing and serializing: this puts them back on whichever of our scalars
 * the schema uses.
 */
export function attachScalars(schema: GraphQLSchema): GraphQLSchema {
  for (const scalar of SCALARS) {
    const type = schema.getType(scalar.name);
    if (!isScalarType(type) || type === scalar) continue;
    type.serialize = scalar.serialize;
    type.parseValue = scalar.parseValue;
    type.parseLiteral = scalar.parseLiteral;
  }
  return schema;
}
