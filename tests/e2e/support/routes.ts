import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './app-server';

/**
 * Every page of the dashboard build the suite runs against, as route patterns (`/cases/[caseId]/queue`). Read
 * from the build itself so a screen added later is covered by the "every page" checks without editing the suite.
 */
export function dashboardPages(): string[] {
  const manifest = JSON.parse(
    readFileSync(join(REPO_ROOT, 'apps/dashboard/.next/app-path-routes-manifest.json'), 'utf8'),
  ) as Record<string, string>;
  return (
    Object.values(manifest)
      // Metadata routes (the /icon.svg favicon) are files, not pages: public, like the sign-in page.
      .filter(
        (route) =>
          !route.startsWith('/api/') &&
          !route.startsWith('/_') &&
          route !== '/sign-in' &&
          !/\.\w+$/.test(route),
      )
      .sort()
  );
}

/** A route pattern with its parameters filled in; parameters not given become a placeholder id. */
export function fillRoute(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => params[name] ?? 'no-such-id');
}
