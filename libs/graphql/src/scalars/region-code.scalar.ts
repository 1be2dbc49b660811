import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DomainError, parseRegionCode } from '@grassroots/kernel';

function parse(value: unknown): string {
  if (typeof value !== 'string') {
    throw new GraphQLError('RegionCode must be a string of 2, 4, 6, 9, 12 or 15 digits', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  try {
    return parseRegionCode(value);
  } catch (error) {
    if (error instanceof DomainError) throw new GraphQLError(error.message, { extensions: { code: error.code } });
    throw error;
  }
}

export const RegionCodeScalar = new GraphQLScalarType({
  name: 'RegionCode',
  description:
    '行政区划代码 (statistical division code): 2 digits province, 4 city, 6 county, 9 township, 12 village; ' +
    '15 for a village group 村民小组, numbered by the platform under its village. ' +
    'The 12-digit padded form of a higher level (421181000000) is read as that level (421181).',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('RegionCode must be written as a string, e.g. "421181"', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});
