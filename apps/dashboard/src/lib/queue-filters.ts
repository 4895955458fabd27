import { RELATION_KINDS, WORKFLOW_STATUSES, isOneOf, type RelationKind, type WorkflowStatus } from '@claimdesk/claim-model';

export const QUEUE_SORTS = ['updated', 'severity'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** What a queue view shows; every field lives in the URL so a view can be shared. */
export interface QueueFilters {
  status: WorkflowStatus[];
  /** A user id, `me`, `none`, or null for anyone. */
  assignee: string | null;
  relation: RelationKind | null;
  minSeverity: number | null;
  metric: string | null;
  outlet: string | null;
  q: string;
  sort: QueueSort;
}

export const EMPTY_FILTERS: QueueFilters = { status: [], assignee: null, relation: null, minSeverity: null, metric: null, outlet: null, q: '', sort: 'severity' };

type Params = { get(name: string): string | null };

function text(params: Params, name: string, max: number): string | null {
  const value = params.get(name)?.trim();
  return value ? value.slice(0, max) : null;
}

/** Reads filters from URL search params, dropping anything the API would refuse rather than failing the page. */
export function parseQueueFilters(params: Params): QueueFilters {
  const status = (params.get('status') ?? '')
    .split(',')
    .filter((s): s is WorkflowStatus => isOneOf(WORKFLOW_STATUSES, s));
  const relation = params.get('relation');
  const sort = params.get('sort');
  const severity = Number(params.get('sev'));
  return {
    status: [...new Set(status)],
    assignee: text(params, 'assignee', 100),
    relation: isOneOf(RELATION_KINDS, relation) ? relation : null,
    minSeverity: params.get('sev') !== null && Number.isFinite(severity) && severity >= 0 && severity <= 100 ? severity : null,
    metric: text(params, 'metric', 100),
    outlet: text(params, 'outlet', 200),
    q: (params.get('q') ?? '').slice(0, 500),
    sort: isOneOf(QUEUE_SORTS, sort) ? sort : EMPTY_FILTERS.sort,
  };
}

/** The URL query for filters; defaults are left out so URLs stay short. */
export function serializeQueueFilters(filters: QueueFilters): string {
  const params = new URLSearchParams();
  if (filters.status.length) params.set('status', filters.status.join(','));
  if (filters.assignee) params.set('assignee', filters.assignee);
  if (filters.relation) params.set('relation', filters.relation);
  if (filters.minSeverity !== null) params.set('sev', String(filters.minSeverity));
  if (filters.metric) params.set('metric', filters.metric);
  if (filters.outlet) params.set('outlet', filters.outlet);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.sort !== EMPTY_FILTERS.sort) params.set('sort', filters.sort);
  return params.toString();
}

/** The list procedure's input for a view; `fixedAssignee` pins My queue to the signed-in person. */
export function toListInput(caseId: string, filters: QueueFilters, fixedAssignee?: string) {
  return {
    caseId,
    status: filters.status.length ? filters.status : undefined,
    assignee: fixedAssignee ?? filters.assignee ?? undefined,
    relation: filters.relation ?? undefined,
    minSeverity: filters.minSeverity ?? undefined,
    metric: filters.metric ?? undefined,
    outlet: filters.outlet ?? undefined,
    q: filters.q.trim() || undefined,
    sort: filters.sort,
    limit: 100,
  };
}
