import type { Route } from '../route.js';
import { administratorRoutes } from './administrators.js';
import { companyRoutes } from './company.js';
import { costRoutes } from './costs.js';
import { dailyScheduleRoutes } from './daily-schedules.js';
import { dailyWorkingRoutes } from './daily-workings.js';
import { employeeRoutes } from './employees.js';
import { monthlyWorkingRoutes } from './monthly-workings.js';
import { organisationRoutes } from './organisation.js';
import { timerecordRoutes } from './timerecords.js';
import { tokenRoutes } from './tokens.js';
import { workflowRequestRoutes } from './workflow-requests.js';
import { yearlyWorkingRoutes } from './yearly-workings.js';

/** Every operation, most specific patterns first (`/daily-workings/cost` before `/daily-workings/{date}`). */
export const ROUTES: readonly Route[] = [
  ...tokenRoutes,
  ...companyRoutes,
  ...administratorRoutes,
  ...employeeRoutes,
  ...organisationRoutes,
  ...timerecordRoutes,
  ...costRoutes,
  ...dailyWorkingRoutes,
  ...monthlyWorkingRoutes,
  ...yearlyWorkingRoutes,
  ...workflowRequestRoutes,
  ...dailyScheduleRoutes,
];
