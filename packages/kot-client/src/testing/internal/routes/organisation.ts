import { badRequest, SIMULATOR_ERROR_CODES } from '../kot-http-error.js';
import { additionalFields } from '../params.js';
import type { Route } from '../route.js';

/** `GET /divisions`, `GET /working-types`, `GET /employee-groups`. */
export const organisationRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/divisions$/,
    handle: ({ store }) => ({
      status: 200,
      body: [...store.divisions.values()].map(({ code, name, dayBorderTime }) => ({
        code,
        name,
        dayBorderTime,
      })),
    }),
  },
  {
    method: 'GET',
    pattern: /^\/working-types$/,
    handle: ({ store }) => ({
      status: 200,
      body: [...store.workingTypes.values()].map(({ code, name }) => ({ code, name })),
    }),
  },
  {
    method: 'GET',
    pattern: /^\/employee-groups$/,
    handle: (context) => {
      if (!context.store.company.features.employeeGroups) {
        throw badRequest('従業員グループ機能を利用できません', SIMULATOR_ERROR_CODES.featureDisabled);
      }
      const fields = additionalFields(context, ['category']);
      return {
        status: 200,
        body: [...context.store.employeeGroups.values()].map(({ code, name, category }) => ({
          code,
          name,
          category: fields.has('category') ? category : undefined,
        })),
      };
    },
  },
];
