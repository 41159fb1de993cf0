import { addDays, addYears } from '../calendar.js';
import { badRequest } from '../kot-http-error.js';
import { employeesDuring } from '../month-employees.js';
import { additionalFields, checkDateWindow } from '../params.js';
import type { Route } from '../route.js';
import { currentDateEmployeeView } from '../views.js';

/** Days of paid leave granted each year (no leave taking is simulated). */
const PAID_LEAVE_DAYS = 10;

/** `GET /yearly-workings/holidays/{typeCode}/{year}` (年別休暇). */
export const yearlyWorkingRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/yearly-workings\/holidays\/([^/]+)\/([^/]+)$/,
    handle: (context) => {
      const typeCode = context.params[0]!;
      const year = context.params[1]!;
      if (!context.store.workingTypes.has(typeCode)) throw badRequest(`雇用区分が存在しません: ${typeCode}`);
      if (!/^\d{4}$/.test(year)) throw badRequest(`yearの形式が不正です（YYYY）: ${year}`);
      const startDate = `${year}-01-01`;
      const endDate = `${year}-12-31`;
      checkDateWindow(context, 'year', startDate, endDate);
      const withEmployee = additionalFields(context, ['currentDateEmployee']).has('currentDateEmployee');
      const employees = employeesDuring(context.store, startDate, endDate, { typeCode }).map((employee) => {
        // Leave is granted on the hiring anniversary, or on 1 April without a hiring date.
        const grantDate = employee.hiredDate ? `${year}${employee.hiredDate.slice(4)}` : `${year}-04-01`;
        const granted =
          employee.hiredDate === undefined || employee.hiredDate < grantDate
            ? [
                {
                  date: grantDate,
                  days: PAID_LEAVE_DAYS,
                  minutes: 0,
                  effectivePeriod: addDays(addYears(grantDate, 2), -1),
                },
              ]
            : [];
        return {
          employeeKey: employee.key,
          currentDateEmployee: withEmployee ? currentDateEmployeeView(context.store, employee) : undefined,
          holidays: [
            { code: 1, name: '有休', granted, obtained: [], remained: [], expired: [] },
            { code: 2, name: '代休', granted: [], obtained: [], remained: [], expired: [] },
          ],
        };
      });
      return { status: 200, body: { year, startDate, endDate, closeDate: 31, employees } };
    },
  },
];
