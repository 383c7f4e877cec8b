/**
 * Headless LibreOffice as a recalculation oracle for exported workbooks.
 *
 * LibreOffice does not recalculate .xlsx files on load by default: it shows the cached results.
 * Each run therefore uses its own throw-away user profile whose registrymodifications.xcu sets
 * Calc's "Recalculation on file load" for OOXML (and ODF) to 0 = always, then converts the
 * given files to .xlsx in one soffice process (one start-up, ~3-5 s, for the whole batch).
 * The probe test in workbook-recalc.test.ts proves the setting takes effect.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice executable, or undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  for (const exe of ['soffice', 'libreoffice']) {
    const r = spawnSync(exe, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    if (r.status === 0) return exe;
  }
  return undefined;
}

export interface Recalculated {
  /** Output path by input path. */
  outputs: Map<string, string>;
  stdout: string;
  stderr: string;
  seconds: number;
}

/**
 * A guard against a hung soffice, not a speed limit: a minute to start plus 45 s per file.
 * A fixed 240 s failed a 17-file batch on a loaded 2-core machine while soffice was still working.
 */
function sofficeTimeoutMs(fileCount: number): number {
  return 60_000 + 45_000 * fileCount;
}

/**
 * Opens every file in LibreOffice with recalculation forced and saves it as .xlsx into `outDir`
 * (which must differ from the inputs' folders: outputs keep the input file names). Rejects
 * when soffice fails or an output is missing.
 */
export async function recalculate(soffice: string, files: readonly string[], outDir: string): Promise<Recalculated> {
  return convert(soffice, files, outDir, 'xlsx:Calc MS Excel 2007 XML', '.xlsx');
}

/** Renders every file to PDF (recalculated, as printed: print areas, page setup, charts). */
export async function toPdf(soffice: string, files: readonly string[], outDir: string): Promise<Recalculated> {
  return convert(soffice, files, outDir, 'pdf:calc_pdf_Export', '.pdf');
}

async function convert(
  soffice: string,
  files: readonly string[],
  outDir: string,
  filter: string,
  ext: string,
): Promise<Recalculated> {
  const profile = mkdtempSync(join(tmpdir(), 'fabricost-lo-profile-'));
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  mkdirSync(outDir, { recursive: true });
  const t0 = performance.now();
  try {
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      ...files,
    ];
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(soffice, args, {
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: sofficeTimeoutMs(files.length),
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        child.on('error', reject);
        child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
      },
    );
    if (code !== 0) throw new Error(`soffice exited with ${code}\n${stdout}\n${stderr}`);
    const outputs = new Map<string, string>();
    for (const f of files) {
      const out = join(outDir, basename(f).replace(/\.[^.]+$/, ext));
      if (!existsSync(out)) throw new Error(`soffice wrote no ${out}\n${stdout}\n${stderr}`);
      outputs.set(f, out);
    }
    return { outputs, stdout, stderr, seconds: (performance.now() - t0) / 1000 };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
