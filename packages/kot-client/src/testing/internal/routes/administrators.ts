import { additionalFields } from '../params.js';
import type { Route } from '../route.js';

/** `GET /administrators`. */
export const administratorRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/administrators$/,
    handle: (context) => {
      const fields = additionalFields(context, ['emailAddresses', 'associatedEmployees']);
      const { store } = context;
      return {
        status: 200,
        body: store.administrators.map((administrator) => ({
          code: administrator.code,
          key: administrator.key,
          name: administrator.name,
          emailAddresses: fields.has('emailAddresses') ? administrator.emailAddresses : undefined,
          associatedEmployees: fields.has('associatedEmployees')
            ? (administrator.associatedEmployeeCodes ?? []).flatMap((code) => {
                const employee = store.employeeByCode(code);
                return employee
                  ? [{ code, key: employee.key, lastName: employee.lastName, firstName: employee.firstName }]
                  : [];
              })
            : undefined,
        })),
      };
    },
  },
];
