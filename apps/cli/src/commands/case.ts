import type { Command } from 'commander';
import { COMMAND_LINE_ACTOR } from '@claimdesk/api';
import { readFile } from 'node:fs/promises';
import { addCaseMember, createCase, findCase, listCases, listUsers, removeCaseMember, setCaseLexicon } from '@claimdesk/api/use-cases';
import { getDb } from '@claimdesk/db';
import { action, CliError } from '../fail';
import { fromUserCwd } from '../paths';

/** `claimdesk case …`: cases and their members. */
/** The case and the account a membership command names; an unknown account is refused with what to do. */
function caseAndAccount(options: { case: string; email: string }, whatToDo: string) {
  const ctx = { db: getDb(), actor: COMMAND_LINE_ACTOR };
  const theCase = findCase(ctx, options.case);
  const user = listUsers(ctx).find((u) => u.email === options.email.trim().toLowerCase());
  if (!user) throw new CliError(`No account for ${options.email}: ${whatToDo}.`);
  return { ctx, theCase, user };
}

export function registerCaseCommand(program: Command): Command {
  const group = program.command('case').description('manage cases');
  group
    .command('list')
    .description('list every case')
    .action(
      action(() => {
        const rows = listCases({ db: getDb(), actor: COMMAND_LINE_ACTOR });
        if (rows.length === 0) console.log('No cases yet: create one with `claimdesk case create --name "…"`.');
        for (const c of rows) console.log(`${c.id}  ${c.name}  (${c.documentCount} documents)`);
      }),
    );
  group
    .command('create')
    .description('create a case')
    .requiredOption('--name <name>', 'case name')
    .option('--description <text>', 'what the case is about', '')
    .option('--four-eyes', 'require two reviewers\' agreeing verdicts before approval')
    .action(
      action((options: { name: string; description: string; fourEyes?: boolean }) => {
        const created = createCase({ db: getDb(), actor: COMMAND_LINE_ACTOR }, { name: options.name, description: options.description, fourEyes: options.fourEyes ?? false });
        console.log(`created case ${created.id}  ${created.name}`);
      }),
    );
  group
    .command('add-member')
    .description('give an account access to a case')
    .requiredOption('--case <name-or-id>', 'the case')
    .requiredOption('--email <email>', 'the account')
    .action(
      action((options: { case: string; email: string }) => {
        const { ctx, theCase, user } = caseAndAccount(options, 'add it with `claimdesk user add`');
        const { added } = addCaseMember(ctx, { caseId: theCase.id, userId: user.id });
        console.log(added ? `${user.email} can now work on "${theCase.name}"` : `${user.email} was already a member of "${theCase.name}"`);
      }),
    );
  group
    .command('remove-member')
    .description('take an account off a case (its open live feeds of the case end; what it wrote stays)')
    .requiredOption('--case <name-or-id>', 'the case')
    .requiredOption('--email <email>', 'the account')
    .action(
      action((options: { case: string; email: string }) => {
        const { ctx, theCase, user } = caseAndAccount(options, '`claimdesk user list` shows the accounts');
        const { removed } = removeCaseMember(ctx, { caseId: theCase.id, userId: user.id });
        console.log(removed ? `${user.email} no longer has access to "${theCase.name}"` : `${user.email} was not a member of "${theCase.name}"`);
      }),
    );
  group
    .command('set-lexicon')
    .description("give a case its own lexicon additions (JSON: metrics, subjects, places, sources; see packages/claim-model/README.md), used for documents imported from now on")
    .requiredOption('--case <name-or-id>', 'the case')
    .argument('[file]', 'the lexicon override JSON file')
    .option('--clear', 'remove the case\'s override and use the default lexicon')
    .action(
      action(async (file: string | undefined, options: { case: string; clear?: boolean }) => {
        const ctx = { db: getDb(), actor: COMMAND_LINE_ACTOR };
        const theCase = findCase(ctx, options.case);
        if (!options.clear && !file) throw new CliError('Give a lexicon JSON file, or --clear.');
        let override: unknown = null;
        if (file) {
          try {
            override = JSON.parse(await readFile(fromUserCwd(file), 'utf8'));
          } catch (error) {
            throw new CliError(`${file} cannot be read as JSON (${(error as Error).message}).`);
          }
        }
        const result = setCaseLexicon(ctx, { caseId: theCase.id, override: options.clear ? null : override });
        console.log(result.cleared ? `"${theCase.name}" uses the default lexicon again` : `"${theCase.name}" now uses ${file} on top of the default lexicon for new imports`);
      }),
    );
  return group;
}
