import { verifyUserToken } from '@grassroots/auth';
import { tokenCommand } from './token-command';

const SECRET = 'token-command-spec-secret-0123456789abcdef';
const env = { AUTH_JWT_SECRET: SECRET };

describe(tokenCommand.name, () => {
  it('signs a token the gateway accepts', async () => {
    const { token, summary } = await tokenCommand(['--role', 'analyst', '--region', '421181', '--name', '张三', '--ttl', '1h'], env);
    const caller = await verifyUserToken(token, SECRET);
    expect(caller).toMatchObject({ subject: 'dev-analyst-421181', name: '张三', roles: ['analyst'] });
    expect(caller.scope.root).toBe('421181');
    expect(summary).toContain('analyst (数据分析员)');
  });

  it('takes several roles, repeated or comma-separated', async () => {
    const { token } = await tokenCommand(['--role', 'audit,discipline', '--role', 'audit', '--region', '42'], env);
    expect((await verifyUserToken(token, SECRET)).roles).toEqual(['audit', 'discipline']);
  });

  it.each<[string[], RegExp]>([
    [['--region', '421181'], /missing --role/],
    [['--role', 'analyst'], /missing --region/],
    [['--role', 'boss', '--region', '421181'], /unknown role "boss"/],
    [['--role', 'analyst', '--region', '4211812'], /--region "4211812" is not a region code/],
    [['--role', 'analyst', '--region', '421181', '--ttl', 'forever'], /token lifetime "forever"/],
    [['--role', 'analyst', '--region', '421181', '--colour', 'red'], /Unknown option '--colour'/],
  ])('refuses %j', async (argv, message) => {
    await expect(tokenCommand(argv, env)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
  });

  it('refuses the development secret in production', async () => {
    await expect(tokenCommand(['--role', 'analyst', '--region', '42'], { NODE_ENV: 'production' })).rejects.toThrow(/AUTH_JWT_SECRET/);
  });
});
