import { DEV_AUTH_JWT_SECRET, parseRole, ROLE_LABELS, signUserToken, ttlSeconds } from '@grassroots/auth';
import { DomainError, parseRegionCode } from '@grassroots/kernel';
import { parseArgs } from 'node:util';

export const TOKEN_USAGE = `usage: npm run token -- --role <role> --region <code> [--role <role>...] [--name 张三] [--sub id] [--ttl 12h]
  --role    one of the roles in DOMAIN.md §7 (repeat, or separate with commas, for several)
  --region  the caller's region scope: 2, 4, 6, 9 or 12 digits (e.g. 421181)
  --ttl     lifetime: seconds or a number with s, m, h or d (default 12h)
  The token is signed with AUTH_JWT_SECRET, or the development secret when it is unset.`;

export type TokenCommandResult = {
  token: string;
  // For a person to read (stderr), so stdout stays just the token for `$(npm run -s token ...)`.
  summary: string;
};

/** Parses the command line and signs a development user token; DomainError says what is wrong. */
export async function tokenCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<TokenCommandResult> {
  const { values } = parseCommandLine(argv);
  if (!values.role?.length) throw new DomainError('BAD_USER_INPUT', 'missing --role');
  if (!values.region) throw new DomainError('BAD_USER_INPUT', 'missing --region');
  const roles = [...new Set(values.role.flatMap((role) => role.split(',')).map(parseRole))];
  const region = parseRegionCode(values.region, '--region');
  const ttl = values.ttl ?? '12h';
  const seconds = ttlSeconds(ttl);
  if (env.NODE_ENV === 'production' && !env.AUTH_JWT_SECRET) {
    throw new DomainError('BAD_USER_INPUT', 'NODE_ENV=production: set AUTH_JWT_SECRET, the development secret is refused there');
  }
  const sub = values.sub ?? `dev-${roles[0]}-${region}`;
  const token = await signUserToken({ sub, name: values.name, roles, region }, env.AUTH_JWT_SECRET || DEV_AUTH_JWT_SECRET, seconds);
  const expires = new Date(Date.now() + seconds * 1000).toISOString();
  const who = roles.map((role) => `${role} (${ROLE_LABELS[role]})`).join(', ');
  return { token, summary: `token for ${values.name ?? sub}: ${who}, region ${region}, expires ${expires}` };
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        role: { type: 'string', multiple: true },
        region: { type: 'string' },
        name: { type: 'string' },
        sub: { type: 'string' },
        ttl: { type: 'string' },
      },
    });
  } catch (error) {
    throw new DomainError('BAD_USER_INPUT', (error as Error).message);
  }
}
