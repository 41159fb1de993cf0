/** The header PC Login writes and pclogin writes, in order. */
export const linkCsvHeaders = [
  '連携種別',
  '種別コード',
  '打刻先アカウント',
  '姓・名',
  'サービスアカウント',
] as const;
