import { installService } from '../../service/install-service.js';
import { type ServiceCommandOptions, serviceSetup } from '../service-setup.js';

/** `pclogin-agent service install`: install and start the service. */
export default async function serviceInstall(options: ServiceCommandOptions): Promise<number> {
  const { context, definition, platform, winsw, logDirectory, systemd } = await serviceSetup(options, {
    requireConfig: true,
  });
  const steps = await installService({
    platform,
    definition,
    winsw,
    logDirectory,
    systemd,
    unitDirectory: options.unitDir,
  });
  for (const step of steps) context.out(`${step}\n`);
  context.out(
    'The service is installed and started. Check it with: pclogin-agent doctor, pclogin-agent status\n',
  );
  return 0;
}
