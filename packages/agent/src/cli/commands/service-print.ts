import { t } from '../../i18n/translate.js';
import { winswXmlPath } from '../../service/install-service.js';
import { renderSystemdUnit } from '../../service/render-systemd-unit.js';
import { renderWinswXml } from '../../service/render-winsw-xml.js';
import { type ServiceCommandOptions, serviceSetup } from '../service-setup.js';

/** `pclogin-agent service print`: what `service install` would write, on any platform. */
export default async function servicePrint(options: ServiceCommandOptions): Promise<number> {
  const { context, definition, platform, winsw, logDirectory, systemd } = await serviceSetup(options, {
    requireConfig: false,
  });
  if (platform === 'windows') {
    // Where it goes on stderr: a path in an XML comment could end it (`--`).
    process.stderr.write(`${t('service.printWinsw', { file: winswXmlPath(winsw), winsw })}\n`);
    context.out(renderWinswXml({ ...definition, logDirectory }));
  } else {
    process.stderr.write(
      `${t('service.printUnit', { file: `${options.unitDir ?? '/etc/systemd/system'}/pclogin-agent.service` })}\n`,
    );
    context.out(renderSystemdUnit({ ...definition, ...systemd }));
  }
  return 0;
}
