import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { backupDatabase, getDb, integrityCheck, openDatabase } from '@claimdesk/db';
import { readCliEnvPaths } from '../env';
import { action, CliError } from '../fail';

/** `claimdesk backup FILE`: an online backup of the live database, safe while the server is writing. */
export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description('write a consistent copy of the live database to FILE (online backup; the server may keep running)')
    .argument('<file>', 'where to write the copy (must not exist)')
    .action(
      action(async (file: string) => {
        const destination = resolve(readCliEnvPaths().userCwd, file);
        if (existsSync(destination)) throw new CliError(`${destination} already exists: choose a new file name.`);
        const db = getDb();
        await backupDatabase(db, destination);
        const copy = openDatabase({ path: destination, migrate: false });
        const check = integrityCheck(copy);
        copy.$client.close();
        if (check !== 'ok') throw new CliError(`The copy failed its integrity check: ${check}`);
        console.log(`backed up to ${destination} (integrity check ok)`);
      }),
    );
}
