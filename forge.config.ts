import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerZIP } from '@electron-forge/maker-zip';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import type { ForgeConfig } from '@electron-forge/shared-types';

const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    // Project files with the .fabricost extension open in the app (macOS document type).
    extendInfo: {
      CFBundleDocumentTypes: [
        {
          CFBundleTypeName: 'Fabricost project',
          CFBundleTypeRole: 'Editor',
          LSHandlerRank: 'Owner',
          CFBundleTypeExtensions: ['fabricost'],
        },
      ],
    },
  },
  rebuildConfig: {},
  makers: [
    new MakerZIP({}),
    new MakerDeb({
      options: {
        productName: 'Fabricost',
        genericName: 'Network cost modeler',
        categories: ['Science', 'Office'],
        mimeType: ['application/x-fabricost'],
      },
    }),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'main/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'main/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
        // Workbook exports run in a worker thread of main (main/services/export-worker.ts).
        { entry: 'main/services/export-worker.ts', config: 'vite.main.config.ts', target: 'main' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    // Fuses are flipped at package time (docs/tutorial/fuses.md in electron/electron).
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      // Renderer is served from app://, never file://.
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
