import { winswXmlPath } from '../../service/install-service.js';
import { renderSystemdUnit } from '../../service/render-systemd-unit.js';
import { renderWinswXml } from '../../service/render-winsw-xml.js';
import { type ServiceCommandOptions, serviceSetup } from '../service-setup.js';

/** `pclogin-agent service print`: what `service install` would write, on any platform. */
export default async function servicePrint(options: ServiceCommandOptions): Promise<number> {
  const { context, definition, platform, winsw, logDirectory } = await serviceSetup(options, {
    requireConfig: false,
  });
  if (platform === 'windows') {
    context.out(`<!-- ${winswXmlPath(winsw)} (beside ${winsw}) -->\n`);
    context.out(renderWinswXml({ ...definition, logDirectory }));
  } else {
    context.out(`# ${options.unitDir ?? '/etc/systemd/system'}/pclogin-agent.service\n`);
    context.out(renderSystemdUnit(definition));
  }
  return 0;
}
