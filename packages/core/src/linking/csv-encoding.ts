/** How a CSV file's bytes were decoded: UTF-8 (with or without BOM), CP932 (Shift_JIS), or UTF-16 with BOM (Excel's "Unicode text"). */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'cp932' | 'utf-16le' | 'utf-16be';
