import { describe, expect, it } from 'vitest';
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../vocabulary';
import type { WorkflowCommand, WorkflowItem } from './commands';
import { ALLOWED_FROM, transition } from './transition';

const item = (status: WorkflowStatus, extra: Partial<WorkflowItem> = {}): WorkflowItem => ({ status, assigneeId: 'ana', proposerId: 'ana', ...extra });

describe('workflow transitions', () => {
  const rows: [string, WorkflowItem, WorkflowCommand, WorkflowStatus | string, boolean?][] = [
    ['a new item is triaged', item('new'), { type: 'triage' }, 'triaged'],
    ['a new item can be dismissed as not check-worthy', item('new'), { type: 'dismiss' }, 'dismissed'],
    ['a triaged item can be dismissed', item('triaged'), { type: 'dismiss' }, 'dismissed'],
    ['an item in review cannot be dismissed', item('in_review'), { type: 'dismiss' }, 'INVALID_TRANSITION'],
    ['a triaged item is assigned', item('triaged', { assigneeId: null }), { type: 'assign', assigneeId: 'ben' }, 'assigned'],
    ['a new item can be assigned without triage', item('new', { assigneeId: null }), { type: 'assign', assigneeId: 'ben' }, 'assigned'],
    ['reassigning an item in review keeps it in review', item('in_review'), { type: 'assign', assigneeId: 'ben' }, 'in_review'],
    ['reassigning to the same person is refused', item('assigned'), { type: 'assign', assigneeId: 'ana' }, 'RULE_VIOLATION'],
    ['an item with a proposed verdict cannot change hands', item('verdict_proposed'), { type: 'assign', assigneeId: 'ben' }, 'INVALID_TRANSITION'],
    ['an assigned item goes into review', item('assigned'), { type: 'start_review' }, 'in_review'],
    ['a reopened item goes back into review', item('reopened'), { type: 'start_review' }, 'in_review'],
    ['a verdict is proposed from review', item('in_review'), { type: 'propose' }, 'verdict_proposed'],
    ['a verdict can be proposed straight from assigned', item('assigned'), { type: 'propose' }, 'verdict_proposed'],
    ['a verdict cannot be proposed on an unassigned item', item('reopened', { assigneeId: null }), { type: 'propose' }, 'RULE_VIOLATION'],
    ['a new item cannot get a verdict', item('new'), { type: 'propose' }, 'INVALID_TRANSITION'],
    ['a proposed verdict is approved', item('verdict_proposed'), { type: 'approve' }, 'resolved'],
    ['a proposed verdict is sent back into review', item('verdict_proposed'), { type: 'send_back' }, 'in_review'],
    ['an item in review cannot be approved', item('in_review'), { type: 'approve' }, 'INVALID_TRANSITION'],
    ['a resolved item is reopened', item('resolved'), { type: 'reopen' }, 'reopened'],
    ['a dismissed item can be reopened', item('dismissed'), { type: 'reopen' }, 'reopened'],
    ['an open item cannot be reopened', item('in_review'), { type: 'reopen' }, 'INVALID_TRANSITION'],
    ['a resolved item cannot be triaged again', item('resolved'), { type: 'triage' }, 'INVALID_TRANSITION'],
  ];
  it.each(rows)('%s', (_name, from, command, expected) => {
    const result = transition(from, command);
    if (result.ok) expect(result.value.status).toBe(expected);
    else expect(result.error.code).toBe(expected);
  });

  it('dismissing clears the assignee', () => {
    expect(transition(item('triaged'), { type: 'dismiss' })).toEqual({ ok: true, value: { status: 'dismissed', assigneeId: null } });
  });

  it('every refusal explains itself in a sentence', () => {
    const result = transition(item('resolved'), { type: 'approve' });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_TRANSITION', message: 'This item is resolved, so it cannot be approved.' } });
  });

  it('no command is allowed from a status outside its table', () => {
    for (const [type, from] of Object.entries(ALLOWED_FROM)) {
      for (const status of WORKFLOW_STATUSES.filter((s) => !from.includes(s))) {
        const command = (type === 'assign' ? { type, assigneeId: 'zed' } : type === 'vote' ? { type, agree: true } : { type }) as WorkflowCommand;
        expect(transition(item(status), command, { fourEyes: true }).ok, `${type} from ${status}`).toBe(false);
      }
    }
  });
});

describe('the four-eyes rule', () => {
  const four = { fourEyes: true };
  const rows: [string, WorkflowItem, WorkflowCommand, { fourEyes: boolean }, WorkflowStatus | string][] = [
    ['approval waits for a second reviewer', item('verdict_proposed'), { type: 'approve' }, four, 'RULE_VIOLATION'],
    ['approval goes through once a second reviewer agrees', item('verdict_proposed', { agreeingVoterIds: ['ben'] }), { type: 'approve' }, four, 'resolved'],
    ['a disagreeing second reviewer blocks approval', item('verdict_proposed', { agreeingVoterIds: ['ben'], disagreeingVoterIds: ['cy'] }), { type: 'approve' }, four, 'RULE_VIOLATION'],
    ['a vote keeps the verdict waiting', item('verdict_proposed'), { type: 'vote', agree: true }, four, 'verdict_proposed'],
    ['a case without four eyes takes no votes', item('verdict_proposed'), { type: 'vote', agree: true }, { fourEyes: false }, 'RULE_VIOLATION'],
    ['a case without four eyes approves at once', item('verdict_proposed'), { type: 'approve' }, { fourEyes: false }, 'resolved'],
  ];
  it.each(rows)('%s', (_name, from, command, settings, expected) => {
    const result = transition(from, command, settings);
    if (result.ok) expect(result.value.status).toBe(expected);
    else expect(result.error.code).toBe(expected);
  });
});
