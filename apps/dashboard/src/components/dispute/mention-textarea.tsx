'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

/** The `@word` being typed just before the caret, if any. */
function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([\w.+-]*)$/.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - (match[2]?.length ?? 0) - 1, query: (match[2] ?? '').toLowerCase() };
}

const handleOf = (email: string) => email.split('@')[0] ?? email;

/** A textarea that offers case members after "@" (arrows to choose, Enter or Tab to insert, Escape to close). */
export function MentionTextarea({ id, value, onChange, people, label, describedBy, invalid }: { id: string; value: string; onChange: (v: string) => void; people: Mentionable[]; label: string; describedBy?: string; invalid?: boolean }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [open, setOpen] = useState(true);
  const [index, setIndex] = useState(0);
  // Marks the box once React owns it: text typed into the server-rendered box before hydration never reaches the
  // draft and is dropped when React takes over, so the browser tests type only after this.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const mention = mentionAt(value, caret);
  const options = mention ? people.filter((p) => p.name.toLowerCase().includes(mention.query) || handleOf(p.email).toLowerCase().startsWith(mention.query)).slice(0, 6) : [];
  const showing = open && mention !== null && options.length > 0;

  function insert(person: Mentionable) {
    if (!mention) return;
    const handle = `@${handleOf(person.email)} `;
    const next = value.slice(0, mention.start) + handle + value.slice(caret);
    onChange(next);
    const at = mention.start + handle.length;
    requestAnimationFrame(() => {
      ref.current?.setSelectionRange(at, at);
      setCaret(at);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!showing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setIndex((i) => (i + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const person = options[index] ?? options[0];
      if (person) {
        event.preventDefault();
        insert(person);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
    }
  }

  return (
    <div className="mention-wrap">
      <textarea
        id={id}
        ref={ref}
        value={value}
        data-hydrated={hydrated || undefined}
        aria-label={label}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showing}
        aria-controls={`${id}-mentions`}
        aria-activedescendant={showing ? `${id}-mention-${index}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
          setOpen(true);
          setIndex(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-mentions`} role="listbox" className="mention-list" hidden={!showing} aria-label="People to mention">
        {options.map((p, i) => (
          <li key={p.id} id={`${id}-mention-${i}`} role="option" aria-selected={i === index} onMouseDown={(e) => { e.preventDefault(); insert(p); }}>
            {p.name} <span className="muted small">@{handleOf(p.email)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
