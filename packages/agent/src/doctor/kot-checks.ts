import { formatInstant } from '@pclogin/core';
import { isRestricted, KotError, nextAllowedAt } from '@pclogin/kot-client';
import type { Clock } from '../clock/clock.js';
import type { AgentConfig } from '../config/agent-config.js';
import { describeSecret } from '../config/secret.js';
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
    title: 'restricted hours',
    status: 'ok',
    detail: restricted
      ? `now (${formatInstant(now).slice(11, 16)}) is in KING OF TIME's restricted hours until ${formatInstant(nextAllowedAt(now)).slice(11, 16)}: reads wait, punches still go out`
      : 'now is outside the restricted hours (08:30–10:00, 17:30–18:30)',
  });
  if (!config.accessToken) {
    checks.push({
      id: 'token',
      title: 'token',
      status: 'fail',
      detail: 'no access token configured',
      fix: 'set PCLOGIN_ACCESS_TOKEN, or accessToken in the configuration (アクセストークン)',
    });
    return checks;
  }
  const where = config.proxy ? ` through the proxy ${safeProxy(config.proxy.url)}` : '';
  if (restricted) {
    checks.push({
      id: 'token',
      title: 'token',
      status: 'warn',
      detail: `cannot be checked now: KING OF TIME refuses reads until ${formatInstant(nextAllowedAt(now))}`,
      fix: 'run doctor again after the restricted window',
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
  const token = describeSecret(config.accessToken.reveal());
  try {
    const available = await client.tokens.available();
    if (!available) {
      checks.push({
        id: 'network',
        title: 'KING OF TIME reachable',
        status: 'ok',
        detail: `${config.kot.baseUrl ?? 'https://api.kingtime.jp/v1.0'} answered${where}`,
      });
      checks.push({
        id: 'token',
        title: 'token',
        status: 'fail',
        detail: `KING OF TIME says the token (${token}) is not available`,
        fix: 'issue a new token in KING OF TIME (KOT WebAPI連携設定) and configure it',
      });
    } else {
      const company = await client.company.get();
      checks.push({
        id: 'network',
        title: 'KING OF TIME reachable',
        status: 'ok',
        detail: `${config.kot.baseUrl ?? 'https://api.kingtime.jp/v1.0'} answered${where}`,
      });
      const mismatch =
        config.companyCode !== undefined && company.code.toLowerCase() !== config.companyCode.toLowerCase();
      checks.push({
        id: 'token',
        title: 'token',
        status: mismatch ? 'fail' : config.companyCode ? 'ok' : 'warn',
        detail: `valid (${token}), for ${company.name} (企業コード ${company.code})${
          mismatch
            ? `, but the configuration says 企業コード ${config.companyCode}`
            : config.companyCode
              ? ''
              : '; companyCode is not configured'
        }`,
        ...(mismatch
          ? { fix: 'use the token of your own company, or correct companyCode' }
          : config.companyCode
            ? {}
            : { fix: `set companyCode to "${company.code}" so that a token of another company is noticed` }),
      });
    }
  } catch (error) {
    const code = KotError.isInstance(error) ? error.code : undefined;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'KOT_AUTHENTICATION_FAILED' || code === 'KOT_PERMISSION_DENIED') {
      checks.push({
        id: 'network',
        title: 'KING OF TIME reachable',
        status: 'ok',
        detail: `KING OF TIME answered${where}`,
      });
      checks.push({
        id: 'token',
        title: 'token',
        status: 'fail',
        detail: `refused (${token}): ${message}`,
        fix: "check the アクセストークン, its permissions and its allowed IP addresses (this server's public address) in KOT WebAPI連携設定",
      });
    } else {
      checks.push({
        id: 'network',
        title: 'KING OF TIME reachable',
        status: 'fail',
        detail: `no answer${where}: ${message}`,
        fix:
          code === 'KOT_PROXY_AUTHENTICATION_FAILED'
            ? 'the proxy refused the user name or password: correct proxy.username / proxy.password'
            : config.proxy
              ? 'check the proxy URL and that the proxy lets this server reach api.kingtime.jp:443'
              : 'check the network, the firewall, or configure the proxy (proxy.url, or HTTPS_PROXY)',
      });
      checks.push({
        id: 'token',
        title: 'token',
        status: 'skip',
        detail: 'not checked: KING OF TIME could not be reached',
      });
    }
  }
  if (serverDate) {
    const offset = (serverDate.local - serverDate.server.getTime()) / 1000;
    const abs = Math.abs(offset);
    checks.push({
      id: 'clock',
      title: 'clock',
      status: abs > 300 ? 'fail' : abs > 60 ? 'warn' : 'ok',
      detail: `this computer's clock is ${abs < 2 ? 'in step with' : `${abs.toFixed(0)} s ${offset > 0 ? 'ahead of' : 'behind'}`} KING OF TIME's server (±1 s)`,
      ...(abs > 60
        ? { fix: 'synchronise the clock (Windows: w32tm /resync; Linux: timedatectl / chrony)' }
        : {}),
    });
  }
  return checks;
}

function safeProxy(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return '(invalid URL)';
  }
}
