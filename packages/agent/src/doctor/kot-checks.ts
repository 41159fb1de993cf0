import { formatInstant } from '@pclogin/core';
import { isRestricted, KotError, nextAllowedAt } from '@pclogin/kot-client';
import type { Clock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';
import { secretSummary } from '../config/secret.js';
import { localizedError } from '../i18n/localized-error.js';
import { type Message, msg } from '../i18n/translate.js';
import { createKotClientFromConfig } from '../kot/create-kot-client-from-config.js';
import type { Logger } from '../logging/logger.js';
import type { DoctorCheck } from './doctor-check.js';

/**
 * The token (valid, and of the configured 企業コード), whether KING OF TIME is reachable
 * (through the proxy), whether now is a restricted window, and the local clock against the
 * server's `Date`.
 */
export async function kotChecks(config: AgentConfig, clock: Clock, log: Logger): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  const now = clock();
  const restricted = isRestricted(now);
  checks.push({
    id: 'restricted-hours',
    status: 'ok',
    // KING OF TIME's windows are in Japan's time, whatever the configured zone.
    detail: restricted
      ? msg('doctor.restricted.now', {
          now: formatInstant(now, 'Asia/Tokyo').slice(11, 16),
          until: formatInstant(nextAllowedAt(now), 'Asia/Tokyo').slice(11, 16),
        })
      : msg('doctor.restricted.outside'),
  });
  if (!config.accessToken) {
    checks.push({
      id: 'token',
      status: 'fail',
      detail: msg('doctor.token.missing'),
      fix: msg('doctor.token.missingFix'),
    });
    return checks;
  }
  const through = config.proxy ? msg('doctor.network.through', { proxy: safeProxy(config.proxy.url) }) : '';
  const baseUrl = config.kot.baseUrl ?? 'https://api.kingtime.jp/v1.0';
  if (restricted) {
    checks.push({
      id: 'token',
      status: 'warn',
      detail: msg('doctor.token.restricted', { until: formatInstant(nextAllowedAt(now), config.timeZone) }),
      fix: msg('doctor.token.restrictedFix'),
    });
    return checks;
  }
  let serverDate: { server: Date; local: number } | undefined;
  const client = createKotClientFromConfig(config, {
    clock,
    log,
    onServerDate: (date) => {
      serverDate = { server: date, local: Date.now() };
    },
  });
  const token = secretSummary(config.accessToken.reveal());
  try {
    const available = await client.tokens.available();
    if (!available) {
      checks.push({
        id: 'network',
        status: 'ok',
        detail: msg('doctor.network.answered', { url: baseUrl, through }),
      });
      checks.push({
        id: 'token',
        status: 'fail',
        detail: msg('doctor.token.unavailable', { secret: token }),
        fix: msg('doctor.token.unavailableFix'),
      });
    } else {
      const company = await client.company.get();
      checks.push({
        id: 'network',
        status: 'ok',
        detail: msg('doctor.network.answered', { url: baseUrl, through }),
      });
      const mismatch =
        config.companyCode !== undefined && company.code.toLowerCase() !== config.companyCode.toLowerCase();
      checks.push({
        id: 'token',
        status: mismatch ? 'fail' : config.companyCode ? 'ok' : 'warn',
        detail: {
          key: mismatch
            ? 'doctor.token.validMismatch'
            : config.companyCode
              ? 'doctor.token.valid'
              : 'doctor.token.validNoCompanyCode',
          values: {
            secret: token,
            company: company.name,
            code: company.code,
            configured: config.companyCode,
          },
        },
        ...(mismatch
          ? { fix: msg('doctor.token.mismatchFix') }
          : config.companyCode
            ? {}
            : { fix: msg('doctor.token.noCompanyCodeFix', { code: company.code }) }),
      });
    }
  } catch (error) {
    const code = KotError.isInstance(error) ? error.code : undefined;
    const message = localizedError(error, config.timeZone);
    if (code === 'KOT_AUTHENTICATION_FAILED' || code === 'KOT_PERMISSION_DENIED') {
      checks.push({
        id: 'network',
        status: 'ok',
        detail: msg('doctor.network.kotAnswered', { through }),
      });
      checks.push({
        id: 'token',
        status: 'fail',
        detail: msg('doctor.token.refused', { secret: token, message }),
        fix: msg('doctor.token.refusedFix'),
      });
    } else {
      checks.push({
        id: 'network',
        status: 'fail',
        detail: msg('doctor.network.noAnswer', { through, message }),
        fix: msg(
          code === 'KOT_PROXY_AUTHENTICATION_FAILED'
            ? 'doctor.network.proxyAuthFix'
            : config.proxy
              ? 'doctor.network.proxyFix'
              : 'doctor.network.fix',
        ),
      });
      checks.push({
        id: 'token',
        status: 'skip',
        detail: msg('doctor.token.notChecked'),
      });
    }
  }
  if (serverDate) {
    const offset = (serverDate.local - serverDate.server.getTime()) / 1000;
    const abs = Math.abs(offset);
    checks.push({
      id: 'clock',
      status: abs > 300 ? 'fail' : abs > 60 ? 'warn' : 'ok',
      detail: msg(
        abs < 2 ? 'doctor.clock.inStep' : offset > 0 ? 'doctor.clock.ahead' : 'doctor.clock.behind',
        {
          seconds: abs.toFixed(0),
        },
      ),
      ...(abs > 60 ? { fix: msg('doctor.clock.fix') } : {}),
    });
  }
  return checks;
}

function safeProxy(url: string): string | Message {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return msg('doctor.network.invalidProxyUrl');
  }
}
