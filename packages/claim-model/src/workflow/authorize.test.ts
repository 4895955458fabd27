import { describe, expect, it } from 'vitest';
import type { Role } from '../vocabulary';
import type { WorkflowCommand, WorkflowItem } from './commands';
import { authorize, mayEditComment, mayTakeItem } from './authorize';

const item: WorkflowItem = { status: 'verdict_proposed', assigneeId: 'ana', proposerId: 'ana', agreeingVoterIds: ['ben'] };
const unassigned = (status: WorkflowItem['status']): WorkflowItem => ({ status, assigneeId: null });
const as = (id: string | null, role: Role) => ({ id, role });

describe('who may do what', () => {
  const rows: [string, { id: string | null; role: Role }, WorkflowCommand, WorkflowItem, true | string][] = [
    ['a reviewer can triage', as('cy', 'reviewer'), { type: 'triage' }, item, true],
    ['a reviewer cannot take an item that has a proposed verdict', as('cy', 'reviewer'), { type: 'assign', assigneeId: 'cy' }, item, 'FORBIDDEN'],
    ['a reviewer takes a new unassigned item for themselves', as('cy', 'reviewer'), { type: 'assign', assigneeId: 'cy' }, unassigned('new'), true],
    ['a reviewer takes a triaged unassigned item for themselves', as('cy', 'reviewer'), { type: 'assign', assigneeId: 'cy' }, unassigned('triaged'), true],
    ['a reviewer cannot assign an unassigned item to someone else', as('cy', 'reviewer'), { type: 'assign', assigneeId: 'ana' }, unassigned('new'), 'FORBIDDEN'],
    ['a reviewer cannot take an item someone already has', as('cy', 'reviewer'), { type: 'assign', assigneeId: 'cy' }, { status: 'triaged', assigneeId: 'ana' }, 'FORBIDDEN'],
    ['a reviewer cannot take an item already in review', as('cy', 'reviewer'), { type: 'assign', assigneeId: 'cy' }, { status: 'in_review', assigneeId: 'ana' }, 'FORBIDDEN'],
    ['a reviewer cannot take a reopened item, even unassigned', as('cy', 'reviewer'), { type: 'assign', assigneeId: 'cy' }, unassigned('reopened'), 'FORBIDDEN'],
    ['a lead can take over an item someone already has', as('lee', 'lead'), { type: 'assign', assigneeId: 'lee' }, { status: 'in_review', assigneeId: 'ana' }, true],
    ['a lead can assign', as('lee', 'lead'), { type: 'assign', assigneeId: 'cy' }, item, true],
    ['a reviewer cannot dismiss', as('cy', 'reviewer'), { type: 'dismiss' }, item, 'FORBIDDEN'],
    ['a reviewer cannot reopen', as('ana', 'reviewer'), { type: 'reopen' }, item, 'FORBIDDEN'],
    ['a reviewer cannot send back', as('ana', 'reviewer'), { type: 'send_back' }, item, 'FORBIDDEN'],
    ['the assignee can start the review', as('ana', 'reviewer'), { type: 'start_review' }, item, true],
    ['another reviewer cannot start someone else’s review', as('cy', 'reviewer'), { type: 'start_review' }, item, 'FORBIDDEN'],
    ['the assignee can propose a verdict', as('ana', 'reviewer'), { type: 'propose' }, item, true],
    ['a reviewer cannot propose on an item assigned to someone else', as('cy', 'reviewer'), { type: 'propose' }, item, 'FORBIDDEN'],
    ['a lead cannot propose on an item assigned to someone else', as('lee', 'lead'), { type: 'propose' }, item, 'FORBIDDEN'],
    ['a reviewer cannot approve their own verdict', as('ana', 'reviewer'), { type: 'approve' }, item, 'FORBIDDEN'],
    ['a lead cannot approve their own verdict', as('ana', 'lead'), { type: 'approve' }, item, 'FORBIDDEN'],
    ['a lead approves another’s verdict', as('lee', 'lead'), { type: 'approve' }, item, true],
    ['an admin approves another’s verdict', as('adm', 'admin'), { type: 'approve' }, item, true],
    ['a second reviewer can vote', as('cy', 'reviewer'), { type: 'vote', agree: true }, item, true],
    ['the proposer cannot second their own verdict', as('ana', 'reviewer'), { type: 'vote', agree: true }, item, 'FORBIDDEN'],
    ['nobody votes twice', as('ben', 'reviewer'), { type: 'vote', agree: false }, item, 'RULE_VIOLATION'],
    ['the command line acts with full rights', as(null, 'admin'), { type: 'propose' }, item, true],
  ];
  it.each(rows)('%s', (_name, actor, command, target, expected) => {
    const result = authorize(actor, command, target);
    if (result.ok) expect(expected).toBe(true);
    else expect(result.error.code).toBe(expected);
  });

  const takeRows: [string, { id: string | null; role: Role }, WorkflowItem, boolean][] = [
    ['a new item nobody has', as('cy', 'reviewer'), unassigned('new'), true],
    ['a triaged item nobody has', as('cy', 'reviewer'), unassigned('triaged'), true],
    ['not an item someone has', as('cy', 'reviewer'), { status: 'triaged', assigneeId: 'ana' }, false],
    ['not one already assigned to me', as('cy', 'reviewer'), { status: 'assigned', assigneeId: 'cy' }, false],
    ['not one in review', as('cy', 'reviewer'), unassigned('in_review'), false],
    ['not a resolved one', as('cy', 'reviewer'), unassigned('resolved'), false],
    ['not as the command line, which has no person to assign', as(null, 'admin'), unassigned('new'), false],
  ];
  it.each(takeRows)('a reviewer may take %s', (_name, actor, target, expected) => {
    expect(mayTakeItem(actor, target)).toBe(expected);
  });

  it('only the author edits a comment', () => {
    expect(mayEditComment(as('ana', 'reviewer'), 'ana')).toBe(true);
    expect(mayEditComment(as('lee', 'admin'), 'ana')).toBe(false);
  });
});
