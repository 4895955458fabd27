import { z } from 'zod';
import { REVIEW_ITEM_TYPES } from '@claimdesk/claim-model/workflow';
import { idInput } from '../id-input';

export { idInput } from '../id-input';

export const itemTypeInput = z.enum(REVIEW_ITEM_TYPES, { message: 'The item type must be claim or dispute' });
export const versionInput = z.number({ message: 'Send the version you saw (a whole number)' }).int().min(1).max(Number.MAX_SAFE_INTEGER);

/** Identifies a claim or dispute and the version the caller saw. */
export const itemCommandInput = z.object({ itemType: itemTypeInput, itemId: idInput, expectedVersion: versionInput });
export type ItemCommandInput = z.infer<typeof itemCommandInput>;
