import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// A calendar date in Asia/Shanghai, kept as text so no time zone can shift it by a day.
export function parseLocalDate(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== text) {
    throw new GraphQLError(`"${String(value)}" is not a date: use YYYY-MM-DD, e.g. 2026-11-25`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return text;
}

export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: '日期 (calendar date, Asia/Shanghai) as YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
