import { t } from '../../i18n/translate.js';
import { installService } from '../../service/install-service.js';
import { type ServiceCommandOptions, serviceSetup } from '../service-setup.js';

/** `pclogin-agent service install`: install and start the service. */
export default async function serviceInstall(options: ServiceCommandOptions): Promise<number> {
  const { context, definition, platform, winsw, logDirectory } = await serviceSetup(options, {
    requireConfig: true,
  });
  const steps = await installService({
    platform,
    definition,
    winsw,
    logDirectory,
    unitDirectory: options.unitDir,
  });
  for (const step of steps) context.out(`${step}\n`);
  context.out(`${t('service.installed')}\n`);
  return 0;
}
