/**
 * XML 1.0 forbids some characters outright (most C0 controls, U+FFFE, U+FFFF, unpaired
 * surrogates): one of them in a scenario name made sharedStrings.xml ill-formed and the whole
 * workbook unreadable. Every text that reaches the package passes through here first; each
 * forbidden character becomes U+FFFD, the replacement character, so the text stays visibly
 * marked rather than silently shortened.
 *
 * Example: `xmlSafeText('a\uFFFEb\u0007')` → `'a\uFFFDb\uFFFD'`.
 */
import ExcelJS from 'exceljs';

const ExcelJSValueType = ExcelJS.ValueType;

// Tab, line feed and carriage return are the only C0 characters XML allows.
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafeText(text: string): string {
  return text.replace(XML_FORBIDDEN, '\ufffd');
}

const hasForbidden = (text: string) => xmlSafeText(text) !== text;

/** The value with forbidden characters replaced, or the very same value when it has none. */
function safeValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return hasForbidden(value) ? xmlSafeText(value) : value;
  if (value && typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      if (!value.richText.some((r) => hasForbidden(r.text))) return value;
      return { ...value, richText: value.richText.map((r) => ({ ...r, text: xmlSafeText(r.text) })) };
    }
    if ('text' in value && 'hyperlink' in value) {
      const text = String(value.text);
      const link = String(value.hyperlink);
      if (!hasForbidden(text) && !hasForbidden(link)) return value;
      return { ...value, text: xmlSafeText(text), hyperlink: xmlSafeText(link) };
    }
    if ('formula' in value && typeof value.formula === 'string') {
      const result = typeof value.result === 'string' ? value.result : '';
      if (!hasForbidden(value.formula) && !hasForbidden(result)) return value;
      // A sheet name in a formula is replaced the same way as the sheet's own name.
      return {
        ...value,
        formula: xmlSafeText(value.formula),
        ...(typeof value.result === 'string' ? { result: xmlSafeText(value.result) } : {}),
      } as ExcelJS.CellValue;
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
    if (hasForbidden(ws.name)) ws.name = xmlSafeText(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // Read once: exceljs builds a new value object on every read, and drops a cached 0.
        const value = cell.value;
        const safe = safeValue(value);
        if (safe !== value) {
          const cached = cell.type === ExcelJSValueType.Formula ? cell.result : undefined;
          cell.value =
            cached !== undefined && typeof cached !== 'string' && safe && typeof safe === 'object' && 'formula' in safe
              ? ({ ...safe, result: cached } as ExcelJS.CellValue)
              : safe;
        }
        if (typeof cell.note === 'string' && hasForbidden(cell.note)) cell.note = xmlSafeText(cell.note);
      });
    });
  }
}
