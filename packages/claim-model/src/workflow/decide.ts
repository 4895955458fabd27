import type { WorkflowActor, WorkflowCommand, WorkflowItem, WorkflowSettings } from './commands';
import { authorize } from './authorize';
import { transition, type TransitionOutcome } from './transition';
import type { Result } from './result';

/** Permission first, then the state machine: the one call a use case makes before saving. */
export function decide(actor: WorkflowActor, item: WorkflowItem, command: WorkflowCommand, settings: WorkflowSettings): Result<TransitionOutcome> {
  const allowed = authorize(actor, command, item);
  if (!allowed.ok) return allowed;
  return transition(item, command, settings);
}
