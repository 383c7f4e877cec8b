/**
 * XML 1.0 forbids some characters outright (most C0 controls, U+FFFE, U+FFFF, unpaired
 * surrogates): one of them in a scenario name made sharedStrings.xml ill-formed and the whole
 * workbook unreadable. Every text that reaches the package passes through here first; each
 * forbidden character becomes U+FFFD, the replacement character, so the text stays visibly
 * marked rather than silently shortened.
 *
 * Example: `xmlSafeText('a\uFFFEb\u0007')` → `'a\uFFFDb\uFFFD'`.
 */
import type ExcelJS from 'exceljs';

// Tab, line feed and carriage return are the only C0 characters XML allows.
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafeText(text: string): string {
  return text.replace(XML_FORBIDDEN, '\ufffd');
}

function safeValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return xmlSafeText(value);
  if (value && typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return { ...value, richText: value.richText.map((r) => ({ ...r, text: xmlSafeText(r.text) })) };
    }
    if ('text' in value && 'hyperlink' in value) {
      return { ...value, text: xmlSafeText(String(value.text)), hyperlink: xmlSafeText(String(value.hyperlink)) };
    }
    if ('formula' in value && typeof value.formula === 'string') {
      // A sheet name in a formula is replaced the same way as the sheet's own name.
      const result = typeof value.result === 'string' ? xmlSafeText(value.result) : value.result;
      return { ...value, formula: xmlSafeText(value.formula), result } as ExcelJS.CellValue;
    }
  }
  return value;
}

/** Replaces forbidden characters in every cell, note, sheet name and document property. */
export function makeWorkbookXmlSafe(wb: ExcelJS.Workbook): void {
  for (const key of ['title', 'subject', 'keywords', 'description', 'creator', 'lastModifiedBy', 'category'] as const) {
    const v = wb[key];
    if (typeof v === 'string') wb[key] = xmlSafeText(v);
  }
  for (const ws of wb.worksheets) {
    ws.name = xmlSafeText(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const safe = safeValue(cell.value);
        if (safe !== cell.value) cell.value = safe;
        if (typeof cell.note === 'string') cell.note = xmlSafeText(cell.note);
      });
    });
  }
}
