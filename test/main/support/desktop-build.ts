/**
 * Builds the desktop bundles exactly as `electron-forge start/package` does — the Forge Vite
 * plugin's own config generator reads forge.config.ts and the vite.*.config.ts files — into a
 * temporary folder laid out like the app's `.vite/` (build/main.cjs, build/preload.cjs,
 * renderer/main_window/). No Electron binary is needed.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type InlineConfig } from 'vite';
import forgeConfig from '../../../forge.config.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface ConfigGenerator {
  getBuildConfigs(): Promise<InlineConfig[]>;
  getRendererConfig(): Promise<InlineConfig[]>;
}

/** Returns the folder that plays the part of `.vite/` (holding build/ and renderer/). */
export async function buildDesktop(): Promise<string> {
  const plugin = forgeConfig.plugins?.find((p) => (p as { name?: string }).name === 'vite') as
    { config: unknown } | undefined;
  if (!plugin) throw new Error('forge.config.ts has no Vite plugin');
  // The plugin's config generator is not exported by name; it is loaded from its file.
  const generatorUrl = pathToFileURL(join(ROOT, 'node_modules/@electron-forge/plugin-vite/dist/ViteConfig.js'));
  const { default: Generator } = (await import(generatorUrl.href)) as {
    default: new (config: unknown, projectDir: string, isProd: boolean) => ConfigGenerator;
  };
  const generator = new Generator(plugin.config, ROOT, true);
  // `.vite/` exists only after some other build ran; a fresh checkout has none.
  mkdirSync(join(ROOT, '.vite'), { recursive: true });
  const out = mkdtempSync(join(ROOT, '.vite', 'boot-test-'));
  // Silent: a failed build throws with its message; size and timing notes are noise here.
  const quiet = { configFile: false as const, logLevel: 'silent' as const };
  for (const config of await generator.getBuildConfigs())
    await build({ ...config, ...quiet, build: { ...config.build, outDir: join(out, 'build') } });
  for (const config of await generator.getRendererConfig()) {
    const name = String(config.build?.outDir ?? '')
      .split('/')
      .pop();
    await build({ ...config, ...quiet, build: { ...config.build, outDir: join(out, 'renderer', name!) } });
  }
  return out;
}
