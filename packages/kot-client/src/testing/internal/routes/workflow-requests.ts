import type { KotSimulatorWorkflowRequest } from '../../kot-simulator-seed.js';
import { badRequest, SIMULATOR_ERROR_CODES } from '../kot-http-error.js';
import { additionalFields, monthValue } from '../params.js';
import type { Route, RouteContext } from '../route.js';
import type { StoredCompany } from '../store.js';

/** Fields KOT adds to requests only when `additionalFields` names them. */
const OPTIONAL_FIELDS = [
  'schedulePatternCode',
  'schedulePatternName',
  'workFixedStart',
  'workFixedEnd',
  'note',
  'flow',
];

function listRoute(
  pattern: RegExp,
  feature: keyof StoredCompany['features'],
  featureName: string,
  listName: 'scheduleRequests' | 'overtimeRequests',
): Route {
  return {
    method: 'GET',
    pattern,
    handle: (context: RouteContext) => {
      if (!context.store.company.features[feature]) {
        throw badRequest(`${featureName}を利用できません`, SIMULATOR_ERROR_CODES.featureDisabled);
      }
      const month = monthValue(context, context.params[0]!);
      const fields = additionalFields(context, OPTIONAL_FIELDS);
      const administratorKey = context.query.get('administratorKey');
      if (
        administratorKey !== null &&
        !context.store.administrators.some((admin) => admin.key === administratorKey)
      ) {
        throw badRequest(`管理者が存在しません: administratorKey=${administratorKey}`);
      }
      const requests = context.store[listName]
        .filter((request) => request.date.startsWith(`${month}-`))
        .filter((request) => administratorKey === null || approvedBy(request, administratorKey))
        .map((request) => {
          const copy: Record<string, unknown> = structuredClone(request);
          for (const field of OPTIONAL_FIELDS) if (!fields.has(field)) delete copy[field];
          return copy;
        });
      const [year, monthNumber] = month.split('-').map(Number);
      return { status: 200, body: { year, month: monthNumber, [listName]: requests } };
    },
  };
}

/** True when the request has no approval flow or the administrator is in it. */
function approvedBy(request: KotSimulatorWorkflowRequest, administratorKey: string): boolean {
  const flow = request['flow'];
  if (!Array.isArray(flow)) return true;
  return flow.some(
    (level: { administratorKeys?: unknown }) =>
      Array.isArray(level.administratorKeys) && level.administratorKeys.includes(administratorKey),
  );
}

/** `GET /requests/schedules/{YYYY-MM}` and `GET /requests/overtimes/{YYYY-MM}` (申請). */
export const workflowRequestRoutes: readonly Route[] = [
  listRoute(/^\/requests\/schedules\/([^/]+)$/, 'scheduleRequests', 'スケジュール申請', 'scheduleRequests'),
  listRoute(/^\/requests\/overtimes\/([^/]+)$/, 'overtimeRequests', '時間外勤務申請', 'overtimeRequests'),
];
