import { execFile } from 'node:child_process';
import { AgentError } from '../../errors/agent-error.js';
import { t } from '../../i18n/translate.js';
import { installService } from '../../service/install-service.js';
import { type ServiceCommandOptions, serviceSetup } from '../service-setup.js';

/** `pclogin-agent service install`: install and start the service. */
export default async function serviceInstall(options: ServiceCommandOptions): Promise<number> {
  const { context, definition, platform, winsw, logDirectory, systemd } = await serviceSetup(options, {
    requireConfig: true,
  });
  if (platform === 'linux') await requireServiceUser(systemd.user);
  const steps = await installService({
    platform,
    definition,
    winsw,
    logDirectory,
    systemd,
    unitDirectory: options.unitDir,
  });
  for (const step of steps) context.out(`${step}\n`);
  context.out(`${t('service.installed')}\n`);
  return 0;
}

/** The unit runs as this account: without it systemd could not start the service. */
async function requireServiceUser(user: string): Promise<void> {
  const exists = await new Promise<boolean>((done) => execFile('id', ['-u', user], (error) => done(!error)));
  if (!exists) {
    throw new AgentError(t('service.userMissing', { user }), { code: 'SERVICE_USER_MISSING', exitStatus: 2 });
  }
}
