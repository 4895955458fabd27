'use client';

import { useEffect, useRef } from 'react';

interface Handlers {
  count: number;
  active: number;
  setActive: (index: number) => void;
  open: (index: number) => void;
  assignToMe: (index: number) => void;
  toggleSelect: (index: number) => void;
  showHelp: () => void;
  focusSearch: () => void;
}

/** Typing in a field or an open dialog must never trigger a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog[open]') !== null;
}

/** j/k move, Enter opens, a assigns to me, x selects, ? helps, / searches. */
export function useQueueKeyboard(handlers: Handlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      const h = ref.current;
      const clamp = (i: number) => Math.max(0, Math.min(h.count - 1, i));
      switch (event.key) {
        case 'j':
        case 'ArrowDown':
          h.setActive(clamp(h.active + 1));
          break;
        case 'k':
        case 'ArrowUp':
          h.setActive(clamp(h.active - 1));
          break;
        case 'Enter':
          // A focused link or button keeps its own Enter.
          if (event.target instanceof HTMLElement && event.target.closest('a, button, summary')) return;
          h.open(h.active);
          break;
        case 'a':
          h.assignToMe(h.active);
          break;
        case 'x':
          h.toggleSelect(h.active);
          break;
        case '?':
          h.showHelp();
          break;
        case '/':
          h.focusSearch();
          break;
        default:
          return;
      }
      event.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
