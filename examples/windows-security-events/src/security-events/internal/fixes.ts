/** The one-line fixes the parser's issues suggest. */
export const fixes = {
  export:
    "export with PowerShell 7: Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4624,4634,4647,4800,4801} | Export-Csv -Path FILE",
  encoding:
    'export again with PowerShell 7, or add -Encoding UTF8 in Windows PowerShell 5.1 (its default, ASCII, turns Japanese into ?)',
  reexport: 'export the file again; it was cut short or edited',
  time: "set dateOrder to 'mdy' or 'dmy' to match the exporting PC's culture, or export TimeCreated as ISO 8601 with @{n='TimeCreated';e={$_.TimeCreated.ToString('o')}}",
  labels:
    'use the recommended export with a TargetUserName column, or pass the display language\'s labels in the "labels" option',
} as const;
