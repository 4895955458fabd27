import { Command } from 'commander';
import { registerAnalyzeCommand } from './commands/analyze';
import { registerBackupCommand } from './commands/backup';
import { registerCaseCommand } from './commands/case';
import { registerExportCommand } from './commands/export';
import { registerImportCommand } from './commands/import';
import { registerServeCommand } from './commands/serve';
import { registerUserCommand } from './commands/user';

// One registration per command; each command file owns its options and help text.
const program = new Command()
  .name('claimdesk')
  .description('Claimdesk: verify breaking-news figures across sources')
  .showHelpAfterError();

registerServeCommand(program);
registerImportCommand(program);
registerUserCommand(program);
registerCaseCommand(program);
registerAnalyzeCommand(program);
registerExportCommand(program);
registerBackupCommand(program);

await program.parseAsync(process.argv);
