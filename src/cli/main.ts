/** The `dyad` command: one file per subcommand, wired here. */
import { Command, CommanderError } from 'commander';
import { registerCode } from './code.ts';
import { registerExplain } from './explain.ts';
import { registerActors } from './actors.ts';
import { registerIngest } from './ingest.ts';
import { registerExport } from './export.ts';
import { registerWorker } from './worker.ts';
import { registerServe } from './serve.ts';
import { registerCheck } from './check.ts';
import { DyadError } from '../util/errors.ts';

/** "dyad code ... | head": the reader closed the pipe; stop quietly, as Unix tools do. */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const program = new Command('dyad')
    .description('Political event data from news: who did what to whom, when and where.')
    .exitOverride()
    .showHelpAfterError();
  registerCode(program);
  registerExplain(program);
  registerActors(program);
  registerIngest(program);
  registerExport(program);
  registerWorker(program);
  registerServe(program);
  registerCheck(program);
  try {
    await program.parseAsync(argv);
    return (program.getOptionValue('exitCode') as number | undefined) ?? 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof DyadError) {
      process.stderr.write(`dyad: ${error.message}\n`);
      return error.code === 'USAGE' ? 2 : 1;
    }
    throw error;
  }
}
