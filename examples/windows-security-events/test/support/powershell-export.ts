// Writes CSV files the way PowerShell's Export-Csv does on Windows: every field quoted, quotes doubled,
// CRLF between records (and inside Message), TimeCreated in the session culture's short date and long
// time without an offset, collections flattened to their type name, in the encoding each PowerShell
// version writes.
import { instantToZonedTime, zoneOffsetMinutes } from '@pclogin/core';
import iconv from 'iconv-lite';
import { type MessageFacts, type MessageLanguage, renderMessage } from './messages.js';

/** One event as Get-WinEvent returns it, reduced to what differs between events. */
export interface SampleEvent extends MessageFacts {
  at: Date;
  recordId: number;
  /** The FQDN Get-WinEvent reports in MachineName. */
  machineName: string;
}

export type Culture = 'en-US' | 'ja-JP' | 'en-GB' | 'de-DE';
export type ExportEncoding = 'utf-8' | 'utf-8-bom' | 'ascii' | 'utf-16le' | 'cp932';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `$date.ToString()` in a culture: its short date pattern and long time pattern. */
export function cultureDateTime(at: Date, culture: Culture, timeZone: string): string {
  const t = instantToZonedTime(at, timeZone);
  switch (culture) {
    case 'en-US': {
      const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
      return `${t.month}/${t.day}/${t.year} ${h12}:${pad(t.minute)}:${pad(t.second)} ${t.hour < 12 ? 'AM' : 'PM'}`;
    }
    case 'ja-JP':
      return `${t.year}/${pad(t.month)}/${pad(t.day)} ${t.hour}:${pad(t.minute)}:${pad(t.second)}`;
    case 'en-GB':
      return `${pad(t.day)}/${pad(t.month)}/${t.year} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
    case 'de-DE':
      return `${pad(t.day)}.${pad(t.month)}.${t.year} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
  }
}

/** `$date.ToString('o')`: ISO 8601 with 7 fraction digits and the local offset. */
export function roundTripDateTime(at: Date, timeZone: string): string {
  const t = instantToZonedTime(at, timeZone);
  const offset = zoneOffsetMinutes(at, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}.${pad(t.millisecond, 3)}0000${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;

/** Export-Csv's text: a header and one line (or, with Message, several) per object. */
export function powerShellCsv(header: string[], rows: string[][], typeName?: string): string {
  const lines = rows.map((row) => row.map(quote).join(','));
  const typeLine = typeName ? [`#TYPE ${typeName}`] : [];
  return [...typeLine, header.map(quote).join(','), ...lines].join('\r\n') + '\r\n';
}

/** The bytes of a text in the encoding a PowerShell version writes. */
export function encodeExport(text: string, encoding: ExportEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'ascii':
      // .NET's ASCIIEncoding replaces every UTF-16 code unit above 0x7F with '?'.
      return Buffer.from(text.replace(/[^\x00-\x7f]/g, '?'), 'latin1');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'cp932':
      return iconv.encode(text, 'cp932');
  }
}

export const fullExportHeader = [
  'Message',
  'Id',
  'Version',
  'Qualifiers',
  'Level',
  'Task',
  'Opcode',
  'Keywords',
  'RecordId',
  'ProviderName',
  'ProviderId',
  'LogName',
  'ProcessId',
  'ThreadId',
  'MachineName',
  'UserId',
  'TimeCreated',
  'ActivityId',
  'RelatedActivityId',
  'ContainerLog',
  'MatchedQueryIds',
  'Bookmark',
  'LevelDisplayName',
  'OpcodeDisplayName',
  'TaskDisplayName',
  'KeywordsDisplayNames',
  'Properties',
];

const taskOf = { 4624: 12544, 4634: 12545, 4647: 12545, 4800: 12551, 4801: 12551 } as const;
const taskName = {
  en: { 12544: 'Logon', 12545: 'Logoff', 12551: 'Other Logon/Logoff Events' },
  ja: { 12544: 'ログオン', 12545: 'ログオフ', 12551: 'その他のログオン/ログオフ イベント' },
} as const;

/** The row `Get-WinEvent | Export-Csv` writes for one event. */
export function fullExportRow(event: SampleEvent, culture: Culture, timeZone: string): string[] {
  const lang: MessageLanguage = culture === 'ja-JP' ? 'ja' : 'en';
  const task = taskOf[event.id];
  return [
    renderMessage(event, lang),
    String(event.id),
    event.id === 4624 ? '2' : '0',
    '',
    '0',
    String(task),
    '0',
    '-9214364837600034816',
    String(event.recordId),
    'Microsoft-Windows-Security-Auditing',
    '54849625-5478-4994-a5ba-3e3b0328c30d',
    'Security',
    '788',
    String(800 + (event.recordId % 97)),
    event.machineName,
    '',
    cultureDateTime(event.at, culture, timeZone),
    `b1a3d0c2-5d1e-0001-${pad(event.recordId % 10000, 4)}-d8a1c25edb01`,
    '',
    'Security',
    'System.UInt32[]',
    'System.Diagnostics.Eventing.Reader.EventBookmark',
    lang === 'en' ? 'Information' : '情報',
    lang === 'en' ? 'Info' : '情報',
    taskName[lang][task],
    'System.Collections.ObjectModel.ReadOnlyCollection`1[System.String]',
    'System.Collections.Generic.List`1[System.Diagnostics.Eventing.Reader.EventProperty]',
  ];
}

/** A full export as PowerShell 7 (or 5.1, with `typeLine`) writes it, newest event first as Get-WinEvent returns them. */
export function fullExport(
  events: SampleEvent[],
  options: { culture: Culture; timeZone: string; encoding: ExportEncoding; typeLine?: boolean },
): Buffer {
  const newestFirst = [...events].sort((a, b) => b.at.getTime() - a.at.getTime() || b.recordId - a.recordId);
  const rows = newestFirst.map((event) => fullExportRow(event, options.culture, options.timeZone));
  const typeName = options.typeLine ? 'System.Diagnostics.Eventing.Reader.EventLogRecord' : undefined;
  return encodeExport(powerShellCsv(fullExportHeader, rows, typeName), options.encoding);
}

export const recommendedExportHeader = [
  'TimeCreated',
  'Id',
  'RecordId',
  'MachineName',
  'TargetUserName',
  'TargetDomainName',
  'LogonType',
];

/** The recommended export (Select-Object with named properties), PowerShell 7, UTF-8. */
export function recommendedExport(events: SampleEvent[], timeZone: string): Buffer {
  const newestFirst = [...events].sort((a, b) => b.at.getTime() - a.at.getTime() || b.recordId - a.recordId);
  const rows = newestFirst.map((event) => [
    roundTripDateTime(event.at, timeZone),
    String(event.id),
    String(event.recordId),
    event.machineName,
    event.account,
    event.domain,
    event.id === 4624 || event.id === 4634 ? String(event.logonType) : '',
  ]);
  return encodeExport(powerShellCsv(recommendedExportHeader, rows), 'utf-8');
}
