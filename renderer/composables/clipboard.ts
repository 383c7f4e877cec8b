/**
 * Copying tables and charts to the clipboard and saving text files, for pasting into a
 * spreadsheet or a slide. Tables go as tab-separated text (and HTML); charts as PNG.
 */

/** Tab-separated text of a table as shown (header and body rows, cell text trimmed). */
export function tableText(table: HTMLTableElement): string {
  return [...table.rows]
    .map((r) => [...r.cells].map((c) => c.innerText.replace(/\s+/g, ' ').trim()).join('\t'))
    .join('\n');
}

/** Copies a table; resolves false when the clipboard refuses (no permission, no focus). */
export async function copyTable(table: HTMLTableElement): Promise<boolean> {
  const text = tableText(table);
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([table.outerHTML], { type: 'text/html' }),
        }),
      ]);
    } else await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies a chart's canvas as a PNG image. */
export async function copyCanvas(canvas: HTMLCanvasElement): Promise<boolean> {
  try {
    const png = new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('empty canvas'))), 'image/png'),
    );
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return true;
  } catch {
    return false;
  }
}

/** Saves text as a file through the browser's download (both in the browser and the desktop app). */
export function saveTextFile(name: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
