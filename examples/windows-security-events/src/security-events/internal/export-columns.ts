/** The columns the parser uses; all others (`Version`, `Keywords`, `Properties`, …) are ignored. */
export const exportColumnNames = {
  id: 'Id',
  timeCreated: 'TimeCreated',
  message: 'Message',
  machineName: 'MachineName',
  targetUserName: 'TargetUserName',
  targetDomainName: 'TargetDomainName',
  logonType: 'LogonType',
} as const;

/** A column the parser uses. */
export type ExportColumn = keyof typeof exportColumnNames;

/** Where each used column is in a record. */
export type ExportColumns = { -readonly [K in ExportColumn]?: number };

/** Finds the used columns in a header record, by name, ignoring case. */
export function exportColumns(header: string[]): ExportColumns {
  const byName = new Map(header.map((name, index) => [name.trim().toLowerCase(), index]));
  const columns: ExportColumns = {};
  for (const [key, name] of Object.entries(exportColumnNames)) {
    const index = byName.get(name.toLowerCase());
    if (index !== undefined) columns[key as ExportColumn] = index;
  }
  return columns;
}

/** The required columns a header lacks: `Id`, `TimeCreated`, and `Message` unless `TargetUserName` replaces it. */
export function missingColumns(columns: ExportColumns): string[] {
  const missing: string[] = [];
  if (columns.id === undefined) missing.push('Id');
  if (columns.timeCreated === undefined) missing.push('TimeCreated');
  if (columns.message === undefined && columns.targetUserName === undefined) missing.push('Message');
  return missing;
}
