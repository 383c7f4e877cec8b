/**
 * The written form of a table cell with its digits blurred: "$5,996" and "$9,416" are both
 * "$9"; "$8.41M" is "$9.99M"; "0.047" is "9.999". Two cells of one column (or of one compared
 * row) must have the same shape: the same unit, suffix and number of decimals.
 */
import type { Locator } from 'playwright-core';

export function shapeOf(locale: string, text: string): string {
  const [group, decimal] = locale === 'pt-BR' ? ['\\.', ','] : [',', '\\.'];
  const number = new RegExp(`\\d[\\d${group}]*(?:${decimal}(\\d+))?`, 'g');
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim()
    .replace(/^[+−±-]/, '')
    .replace(number, (_m, fraction?: string) =>
      fraction ? `9${decimal.replace('\\', '')}${'9'.repeat(fraction.length)}` : '9',
    );
}

/** The numeric cells (td.num) of a table, row by row, each at its column (colspans counted); '' elsewhere. */
export async function numericCells(table: Locator): Promise<string[][]> {
  return table.evaluate((t) =>
    [...t.querySelectorAll('tbody tr')].map((tr) => {
      const row: string[] = [];
      for (const td of tr.querySelectorAll('td')) {
        const cell = td as HTMLTableCellElement;
        row.push(cell.classList.contains('num') ? cell.innerText.trim() : '');
        for (let k = 1; k < cell.colSpan; k++) row.push('');
      }
      return row;
    }),
  );
}

/**
 * Column by column, every non-empty cell's shape; returns the columns whose cells differ,
 * e.g. ['3: $9.99 | $9'], empty when each column is written one way.
 */
export function mixedColumns(locale: string, rows: string[][], columns?: number[]): string[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const bad: string[] = [];
  for (let c = 0; c < width; c++) {
    if (columns && !columns.includes(c)) continue;
    const shapes = new Set(
      rows
        .map((r) => r[c])
        .filter((x): x is string => !!x && x !== '—')
        .map((x) => shapeOf(locale, x)),
    );
    if (shapes.size > 1) bad.push(`${c}: ${[...shapes].join(' | ')}`);
  }
  return bad;
}
