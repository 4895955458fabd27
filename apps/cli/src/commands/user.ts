import type { Command } from 'commander';
import { COMMAND_LINE_ACTOR } from '@claimdesk/api';
import { createUser, listUsers, setUserDisabled, setUserRole } from '@claimdesk/api/use-cases';
import { getDb } from '@claimdesk/db';
import { action, CliError } from '../fail';
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
  user
    .command('list')
    .description('list every account with its role and state')
    .action(
      action(() => {
        const rows = listUsers({ db: getDb() });
        if (rows.length === 0) console.log('No accounts yet: add one with `claimdesk user add`.');
        for (const u of rows) console.log(`${u.email}  ${u.role}${u.disabled ? '  (disabled)' : ''}  ${u.name}`);
      }),
    );
  user
    .command('set-role')
    .description('change an account\'s role; its sessions end at once, so the new role applies immediately')
    .requiredOption('--email <email>', 'the account')
    .requiredOption('--role <role>', 'admin, lead or reviewer')
    .action(
      action((options: { email: string; role: string }) => {
        const ctx = { db: getDb(), actor: COMMAND_LINE_ACTOR };
        const target = findAccount(ctx.db, options.email);
        const changed = setUserRole(ctx, { userId: target.id, role: options.role as 'reviewer' });
        console.log(`${target.email}: ${changed.previousRole} → ${changed.role} (signed out everywhere)`);
      }),
    );
  user
    .command('disable')
    .description('disable an account and end its sessions at once (--enable to undo)')
    .requiredOption('--email <email>', 'the account')
    .option('--enable', 'enable the account again instead')
    .action(
      action((options: { email: string; enable?: boolean }) => {
        const ctx = { db: getDb(), actor: COMMAND_LINE_ACTOR };
        const target = findAccount(ctx.db, options.email);
        const result = setUserDisabled(ctx, { userId: target.id, disabled: !options.enable });
        console.log(result.disabled ? `${target.email} is disabled and signed out everywhere` : `${target.email} is enabled`);
      }),
    );
  return user;
}

function findAccount(db: ReturnType<typeof getDb>, email: string) {
  const found = listUsers({ db }).find((u) => u.email === email.trim().toLowerCase());
  if (!found) throw new CliError(`No account for ${email}: see \`claimdesk user list\`.`);
  return found;
}
