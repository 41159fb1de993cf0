import { ConsoleOptionsError, startConsoleServer } from '@pclogin/console';
import { createAgentConsoleBackend } from '../../console/agent-console-backend.js';
import { UsageError } from '../../errors/usage-error.js';
import { t } from '../../i18n/translate.js';
import { proxySecretsFromEnvironment } from '../../internal/proxy-secrets.js';
import { type ConfigOptions, createCommandContext } from '../context.js';
import { untilInterrupted } from '../until-interrupted.js';

interface ConsoleOptions extends ConfigOptions {
  port: string;
  listen?: string;
  readOnly?: boolean;
}

/**
 * `pclogin-agent console`: the local web console beside the agent (or its service), until
 * stopped with Ctrl+C. Prints the URL with its access key.
 */
export default async function console_(options: ConsoleOptions): Promise<number> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(t('console.badPort', { port: String(options.port) }));
  }
  const context = await createCommandContext(options, { optional: true });
  const { config, clock, log, redact } = context;
  const backend = createAgentConsoleBackend(config, { clock, log, redact });
  const token = config.accessToken?.reveal();
  const proxyPassword = config.proxy?.password?.reveal();
  const secrets = [token, proxyPassword, ...proxySecretsFromEnvironment(process.env)].flatMap((s) =>
    s ? [s, encodeURIComponent(s)] : [],
  );
  let server: Awaited<ReturnType<typeof startConsoleServer>>;
  try {
    server = await startConsoleServer({
      backend,
      ...(options.listen ? { host: options.listen, allowRemote: true } : {}),
      port,
      readOnly: options.readOnly ?? false,
      secrets,
    });
  } catch (error) {
    if (error instanceof ConsoleOptionsError) {
      // The one refusal the CLI can meet (--listen always allows another computer): every interface.
      throw new UsageError(
        options.listen !== undefined && ['0.0.0.0', '::', '[::]', ''].includes(options.listen)
          ? t('console.listenEveryInterface', { address: options.listen || "''" })
          : error.message,
      );
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError(t('console.portInUse', { port: String(port) }));
    }
    throw error;
  }
  if (options.listen) {
    process.stderr.write(`${t('console.listenWarning', { address: options.listen })}\n`);
  }
  context.out(
    `${t(options.readOnly ? 'console.openReadOnly' : 'console.open')}\n  ${server.url}\n${t('console.stopHint')}\n`,
  );
  await untilInterrupted();
  await server.close();
  return 0;
}
