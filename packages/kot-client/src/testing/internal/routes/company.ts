import type { Route } from '../route.js';

/** `GET /company`. */
export const companyRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/company$/,
    handle: ({ store: { company } }) => ({
      status: 200,
      body: {
        key: company.key,
        code: company.code,
        name: company.name,
        host: company.host,
        businessYearStartDate: company.businessYearStartDate,
        settings: {
          timeDisplayFormat: company.timeDisplayFormat,
          decimalTreatType: company.decimalTreatType,
        },
      },
    }),
  },
];
