import { t } from '../../i18n/translate.js';
import { uninstallService } from '../../service/install-service.js';
import { type ServiceCommandOptions, serviceSetup } from '../service-setup.js';

/** `pclogin-agent service uninstall`: stop and remove the service; the state folder stays. */
export default async function serviceUninstall(options: ServiceCommandOptions): Promise<number> {
  const { context, platform, winsw } = await serviceSetup(options, { requireConfig: false });
  const steps = await uninstallService({ platform, winsw, unitDirectory: options.unitDir });
  for (const step of steps) context.out(`${step}\n`);
  context.out(`${t('service.removed', { folder: context.config.stateDirectory })}\n`);
  return 0;
}
