import type { Command } from 'commander';
import { COMMAND_LINE_ACTOR } from '@claimdesk/api';
import { createUser } from '@claimdesk/api/use-cases';
import { getDb } from '@claimdesk/db';
import { action } from '../fail';
import { readSecret } from '../read-secret';

/** `claimdesk user …`: accounts. Returns the group so other account commands can join it. */
export function registerUserCommand(program: Command): Command {
  const user = program.command('user').description('manage accounts');
  user
    .command('add')
    .description('add an account; the password is read from a prompt or the first line of stdin, never from arguments')
    .requiredOption('--email <email>', 'email address (the sign-in name)')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', 'admin, lead or reviewer')
    .action(
      action(async (options: { email: string; name: string; role: string }) => {
        const password = await readSecret('Password (at least 12 characters): ');
        const created = await createUser(
          { db: getDb(), actor: COMMAND_LINE_ACTOR },
          { email: options.email, name: options.name, role: options.role as 'reviewer', password },
        );
        console.log(`added ${created.email} (${created.role})`);
      }),
    );
  return user;
}
