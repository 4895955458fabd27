import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findWorkspaceRoot } from '@claimdesk/db';
import type { FontName } from './theme';

/**
 * Source Serif 4 and Source Sans 3 (SIL Open Font License), from pinned npm packages so a server needs no system
 * fonts: both cover Latin with accents, Cyrillic (Kazakh letters included), curly quotes, dashes and arrows.
 */
const FILES: Record<FontName, string> = {
  serif: '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  'serif-italic': '@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  'serif-bold': '@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf',
  sans: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  'sans-bold': '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
};

let resolved: Record<FontName, string> | null = null;

/**
 * Absolute paths of the font files, resolved once from this package's folder. Found from the workspace root, not
 * import.meta.url: Next bundles this package, so its own file location moves (as in @claimdesk/db).
 */
export function fontFiles(): Record<FontName, string> {
  if (resolved === null) {
    const require = createRequire(join(findWorkspaceRoot(), 'packages', 'api', 'package.json'));
    resolved = Object.fromEntries(
      Object.entries(FILES).map(([name, file]) => [name, require.resolve(file)]),
    ) as Record<FontName, string>;
  }
  return resolved;
}

/**
 * The file of a font, which is also its name in the document: pdfkit caches an opened font under the name it was
 * asked for, and a font registered under an alias whose file is already open is parsed again on every use.
 */
export function fontFile(name: FontName): string {
  return fontFiles()[name];
}
