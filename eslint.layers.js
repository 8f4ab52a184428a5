// The layers of the house (see ../shared/STYLE.md) as import rules: a wrong-way import fails `npm run lint`.
// Each zone names a folder and the folders it may import; everything else under src/ is refused.
// Imports are resolved to files first, so `../../storage/db` and `../storage/db` are the same arrow.
import { readdirSync } from 'node:fs'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'

const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs']

/** `folder` (under src/) may import only itself and `allowed` (folders or files under src/). */
const layer = (folder, allowed, why) => ({
  target: `./src/${folder}`,
  from: './src',
  except: [`./${folder}`, ...allowed.map((name) => `./${name}`)],
  message: why,
})

const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

export const layerZones = [
  layer('domain', [], 'domain/ imports nothing of the app.'),
  layer('codec', ['domain'], 'codec/ imports domain/ only.'),
  layer('storage', ['domain'], 'storage/ imports domain/ only.'),
  layer('sync', ['domain', 'storage'], 'sync/ imports domain/ and storage/ only.'),
  layer(
    'persistence',
    ['domain', 'storage'],
    'persistence/ (pending edits, recovery, the saver) imports domain/ and storage/ only.',
  ),
  layer(
    'queries',
    ['domain', 'storage', 'codec', 'sync'],
    'queries/ imports storage/, sync/, domain/ and (lazily) codec/.',
  ),
  ...features.map((feature) =>
    layer(
      `features/${feature}`,
      ['domain', 'queries', 'persistence', 'ui', 'i18n'],
      'A feature imports domain/, queries/, persistence/, ui/ and i18n/; never another feature, nor storage/ or codec/ (compose features in app/).',
    ),
  ),
  layer('ui', ['domain', 'i18n'], 'ui/ is presentational: no data access (storage/, queries/, codec/).'),
  layer('i18n', ['domain'], 'i18n/ is shared by every layer and imports only domain/.'),
  // The app composes everything, but reaches stored data through queries/ and persistence/ like the features.
  {
    target: './src/app',
    from: './src/storage',
    message: 'app/ reaches storage/ through queries/ (or persistence/), not directly.',
  },
  layer('cli', ['codec', 'domain'], 'The command line imports codec/ and domain/ only.'),
  layer('bench', ['domain', 'storage', 'codec'], 'The bench seed imports domain/, storage/ and codec/ only.'),
  {
    target: './server',
    from: './src',
    except: ['./domain', './codec'],
    message: 'The sync server shares domain/ and codec/ with the app, nothing else.',
  },
  {
    target: ['./src', './scripts'],
    from: ['./e2e', './tests'],
    message: 'The app and its scripts never import the tests (share a module both import instead).',
  },
]

export const layersConfig = [
  {
    files: ['src/**/*.{ts,tsx}', 'server/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs,js}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: EXTENSIONS })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
    },
  },
  {
    // The file formats are heavy and only some screens need them: queries/ loads codec/ with import().
    files: ['src/queries/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/codec/*'],
              allowTypeImports: true,
              message: 'queries/ loads codec/ lazily: use `await import(...)` (type imports are fine).',
            },
          ],
        },
      ],
    },
  },
]
