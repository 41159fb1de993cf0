import type { LinkRow } from '../account-link.js';

/** A field of {@link LinkRow} and the header names that mean it (compared after NFKC, without spaces). */
export const linkColumns: ReadonlyArray<{
  field: keyof LinkRow;
  header: string;
  aliases: readonly string[];
}> = [
  { field: 'linkType', header: '連携種別', aliases: ['連携種別'] },
  { field: 'typeCode', header: '種別コード', aliases: ['種別コード'] },
  { field: 'employeeCode', header: '打刻先アカウント', aliases: ['打刻先アカウント', '従業員コード'] },
  { field: 'name', header: '姓・名', aliases: ['姓・名', '姓名', '氏名', '名前'] },
  { field: 'serviceAccount', header: 'サービスアカウント', aliases: ['サービスアカウント'] },
];

/** A header cell in the form aliases are written in. */
export function headerKey(cell: string): string {
  return cell.normalize('NFKC').replace(/\s+/gu, '').replace(/^"|"$/g, '');
}
