// Prints a development user token: npm run token -- --role analyst --region 421181 [--name 张三] [--ttl 12h]
import { DomainError } from '@grassroots/kernel';
import { TOKEN_USAGE, tokenCommand } from './token-command';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(TOKEN_USAGE);
} else {
  tokenCommand(argv, process.env).then(
    ({ token, summary }) => {
      console.error(summary);
      console.log(token);
    },
    (error: unknown) => {
      if (!(error instanceof DomainError)) throw error;
      console.error(`token: ${error.message}\n\n${TOKEN_USAGE}`);
      process.exitCode = 2;
    },
  );
}
