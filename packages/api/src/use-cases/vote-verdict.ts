import { verdictVotes, writeTransaction, type Db } from '@claimdesk/db';
import { z } from 'zod';
import type { Actor } from '../actor';
import { idInput, versionInput } from '../review/inputs';
import { runVerdictCommand } from '../review/verdict-command';

export const voteVerdictInput = z.object({
  verdictId: idInput,
  expectedVersion: versionInput,
  agree: z.boolean({ message: 'Say whether you agree (true or false)' }),
  note: z.string().trim().max(5000, 'Keep the note under 5,000 characters').default(''),
});

/** A second reviewer agrees or disagrees with a proposed verdict (four-eyes cases). */
export function voteVerdict({ db, actor }: { db: Db; actor: Actor }, input: z.input<typeof voteVerdictInput>) {
  const parsed = voteVerdictInput.parse(input);
  return writeTransaction(db, (tx) =>
    runVerdictCommand(tx, actor, parsed, { type: 'vote', agree: parsed.agree }, parsed.agree ? 'verdict.seconded' : 'verdict.disputed', (verdict) => {
      if (actor.id === null) return;
      tx.insert(verdictVotes).values({ verdictId: verdict.id, voterId: actor.id, agree: parsed.agree, note: parsed.note, at: Date.now() }).run();
    }),
  );
}
