import { uninstallService } from '../../service/install-service.js';
import { type ServiceCommandOptions, serviceSetup } from '../service-setup.js';

/** `pclogin-agent service uninstall`: stop and remove the service; the state folder stays. */
export default async function serviceUninstall(options: ServiceCommandOptions): Promise<number> {
  const { context, platform, winsw } = await serviceSetup(options, { requireConfig: false });
  const steps = await uninstallService({ platform, winsw, unitDirectory: options.unitDir });
  for (const step of steps) context.out(`${step}\n`);
  context.out(`The service is removed. The ledger and caches stay in ${context.config.stateDirectory}.\n`);
  return 0;
}
