import { randomUUID } from 'node:crypto';
import { documents, eq, evidence, writeTransaction, type Db } from '@claimdesk/db';
import { EVIDENCE_STANCES } from '@claimdesk/claim-model';
import { z } from 'zod';
import type { Actor } from '../actor';
import { recordActivity } from '../activity';
import { DomainError } from '../errors';
import { idInput, itemTypeInput } from '../review/inputs';
import { loadReviewItem } from '../review/review-item';

const offset = z.number().int('Offsets are whole numbers').min(0, 'Offsets cannot be negative').max(100_000_000);

export const addEvidenceInput = z.object({
  itemType: itemTypeInput,
  itemId: idInput,
  stance: z.enum(EVIDENCE_STANCES, { message: `The stance must be one of: ${EVIDENCE_STANCES.join(', ')}` }),
  note: z.string().trim().max(5000, 'Keep the note under 5,000 characters').default(''),
  source: z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('url'), url: z.url({ protocol: /^https?$/, message: 'Enter an http or https link' }).max(2000, 'Keep the link under 2,000 characters') }),
      z.object({ kind: z.literal('document'), documentId: idInput, spanStart: offset, spanEnd: offset }).refine((s) => s.spanEnd > s.spanStart, { message: 'The span must end after it starts', path: ['spanEnd'] }),
    ],
    { message: 'Evidence is a link ({ kind: "url" }) or a passage of a document ({ kind: "document" })' },
  ),
});

/** Any member attaches evidence to an item: a link, or a passage of a document in the same case (quoted exactly). */
export function addEvidence({ db, actor }: { db: Db; actor: Actor }, rawInput: z.input<typeof addEvidenceInput>) {
  const input = addEvidenceInput.parse(rawInput);
  return writeTransaction(db, (tx) => {
    const { item } = loadReviewItem(tx, actor, input.itemType, input.itemId);
    const row = { id: randomUUID(), caseId: item.caseId, itemType: input.itemType, itemId: input.itemId, stance: input.stance, note: input.note, addedBy: actor.id, addedAt: Date.now() };
    if (input.source.kind === 'url') {
      tx.insert(evidence).values({ ...row, url: input.source.url }).run();
    } else {
      const { documentId, spanStart, spanEnd } = input.source;
      const doc = tx.select({ caseId: documents.caseId, text: documents.text }).from(documents).where(eq(documents.id, documentId)).get();
      // A document of another case is reported as missing, like any item the actor may not see.
      if (!doc || doc.caseId !== item.caseId) throw new DomainError('NOT_FOUND', 'The document was not found in this case.');
      if (spanEnd > doc.text.length) throw new DomainError('INVALID_INPUT', `The passage ends after the document does (it has ${doc.text.length} characters).`);
      tx.insert(evidence).values({ ...row, documentId, spanStart, spanEnd, quote: doc.text.slice(spanStart, spanEnd) }).run();
    }
    recordActivity(tx, actor, { caseId: item.caseId, action: 'evidence.added', entityType: input.itemType, entityId: input.itemId, after: { evidenceId: row.id, stance: row.stance } }, row.addedAt);
    return tx.select().from(evidence).where(eq(evidence.id, row.id)).get();
  });
}
