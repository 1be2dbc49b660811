import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DomainError, formatYuan, fen, parseYuan, type Fen } from '@grassroots/kernel';

function parse(value: unknown): Fen {
  try {
    if (typeof value === 'string') return parseYuan(value);
    if (typeof value === 'number') return parseYuan(String(value));
  } catch (error) {
    if (error instanceof DomainError) throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
    throw error;
  }
  throw new GraphQLError('Money must be an amount in yuan such as "20000.00"', { extensions: { code: 'BAD_USER_INPUT' } });
}

// Stored as integer fen; written and read as yuan text with two decimals, so no float touches it.
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: '金额 (amount in yuan, 元) as a decimal string with two places, e.g. "20000.00". Stored exactly in fen (分).',
  serialize: (value) => formatYuan(fen(Number(value))),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parse(ast.value);
    throw new GraphQLError('Money must be an amount in yuan such as "20000.00"', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
