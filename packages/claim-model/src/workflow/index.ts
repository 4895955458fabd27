export { WORKFLOW_COMMANDS, REVIEW_ITEM_TYPES, type ReviewItemType, type WorkflowCommand, type WorkflowCommandType, type WorkflowItem, type WorkflowSettings, type WorkflowActor } from './commands';
export { transition, ALLOWED_FROM, type TransitionOutcome } from './transition';
export { authorize, mayTakeItem, mayEditComment, mayManageCase, mayManageAccounts } from './authorize';
export { decide } from './decide';
export { ok, refuse, type Result, type RefusalCode, type WorkflowRefusal } from './result';
