'use client';

import { RELATION_KINDS, WORKFLOW_STATUSES, isOneOf, type WorkflowStatus } from '@claimdesk/claim-model';
import { useEffect, useRef, useState } from 'react';
import { RELATION_LABEL, STATUS_LABEL } from '~/lib/format';
import { QUEUE_SORTS, type QueueFilters } from '~/lib/queue-filters';

interface Props {
  filters: QueueFilters;
  onChange: (next: QueueFilters) => void;
  /** My queue pins the assignee, so its filter is hidden. */
  showAssignee: boolean;
  searchRef: React.RefObject<HTMLInputElement | null>;
}

const SORT_LABEL: Record<(typeof QUEUE_SORTS)[number], string> = { severity: 'Highest severity', updated: 'Recently changed' };

/** Typing waits a moment before it becomes a query, so each keystroke is not a request. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function TextFilter({ id, label, value, onCommit, inputRef, placeholder }: { id: string; label: string; value: string; onCommit: (v: string) => void; inputRef?: React.RefObject<HTMLInputElement | null>; placeholder?: string }) {
  const [draft, setDraft] = useState(value);
  const debounced = useDebounced(draft, 300);
  useEffect(() => setDraft(value), [value]);
  const commit = useRef(onCommit);
  commit.current = onCommit;
  const committed = useRef(value);
  committed.current = value;
  useEffect(() => {
    // Only a settled draft commits; `value` changing from outside resets the draft above.
    if (debounced !== committed.current) commit.current(debounced);
  }, [debounced]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} ref={inputRef} type="search" value={draft} placeholder={placeholder} onChange={(e) => setDraft(e.target.value)} />
    </div>
  );
}

export function QueueFilterBar({ filters, onChange, showAssignee, searchRef }: Props) {
  const set = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });
  const toggleStatus = (status: WorkflowStatus) =>
    set({ status: filters.status.includes(status) ? filters.status.filter((s) => s !== status) : [...filters.status, status] });
  const active = filters.status.length + (filters.relation ? 1 : 0) + (filters.minSeverity !== null ? 1 : 0) + (filters.metric ? 1 : 0) + (filters.outlet ? 1 : 0) + (filters.q ? 1 : 0) + (showAssignee && filters.assignee ? 1 : 0);

  return (
    <form className="filterbar" role="search" aria-label="Filter disputes" onSubmit={(e) => e.preventDefault()}>
      <TextFilter id="q" label="Search" value={filters.q} onCommit={(q) => set({ q })} inputRef={searchRef} placeholder="Words in the claims" />
      <fieldset className="field status-filter">
        <legend>Status</legend>
        {/* A disclosure, closed by Escape (focus back on its button) or by tabbing past it, like a menu. */}
        <details
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || !e.currentTarget.open) return;
            e.currentTarget.open = false;
            e.currentTarget.querySelector('summary')?.focus();
            e.stopPropagation();
          }}
          onBlur={(e) => {
            // Tabbing past it closes it; a mouse press inside (no related target) must not.
            if (e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) e.currentTarget.open = false;
          }}
        >
          <summary className="button">{filters.status.length ? filters.status.map((s) => STATUS_LABEL[s]).join(', ') : 'Any status'}</summary>
          <div className="popover">
            {WORKFLOW_STATUSES.map((status) => (
              <label key={status} className="check">
                <input type="checkbox" checked={filters.status.includes(status)} onChange={() => toggleStatus(status)} /> {STATUS_LABEL[status]}
              </label>
            ))}
          </div>
        </details>
      </fieldset>
      {showAssignee ? (
        <div className="field">
          <label htmlFor="assignee">Assignee</label>
          <select id="assignee" value={filters.assignee ?? ''} onChange={(e) => set({ assignee: e.target.value || null })}>
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="none">Unassigned</option>
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="relation">Relation</label>
        <select id="relation" value={filters.relation ?? ''} onChange={(e) => set({ relation: isOneOf(RELATION_KINDS, e.target.value) ? e.target.value : null })}>
          <option value="">Any</option>
          {RELATION_KINDS.map((r) => (
            <option key={r} value={r}>
              {RELATION_LABEL[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="severity">Severity</label>
        <select id="severity" value={filters.minSeverity ?? ''} onChange={(e) => set({ minSeverity: e.target.value ? Number(e.target.value) : null })}>
          <option value="">Any</option>
          <option value="75">75 and above</option>
          <option value="50">50 and above</option>
          <option value="25">25 and above</option>
        </select>
      </div>
      <TextFilter id="metric" label="Metric" value={filters.metric ?? ''} onCommit={(m) => set({ metric: m.trim() || null })} placeholder="e.g. deaths" />
      <TextFilter id="outlet" label="Outlet" value={filters.outlet ?? ''} onCommit={(o) => set({ outlet: o.trim() || null })} placeholder="e.g. CNN" />
      <div className="field">
        <label htmlFor="sort">Sort</label>
        <select id="sort" value={filters.sort} onChange={(e) => set({ sort: isOneOf(QUEUE_SORTS, e.target.value) ? e.target.value : filters.sort })}>
          {QUEUE_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      {active > 0 ? (
        <button type="button" className="button link clear-filters" onClick={() => onChange({ ...filters, status: [], relation: null, minSeverity: null, metric: null, outlet: null, q: '', assignee: showAssignee ? null : filters.assignee })}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
