'use client';

import { useEffect, useRef } from 'react';

const SHORTCUTS: [string, string][] = [
  ['j / ↓', 'Next row'],
  ['k / ↑', 'Previous row'],
  ['Enter', 'Open the dispute'],
  ['a', 'Assign the row to me (reviewers: unassigned new or triaged disputes)'],
  ['x', 'Select or unselect the row'],
  ['/', 'Search'],
  ['?', 'Show this help'],
];

/** A native modal dialog: focus is trapped and Escape closes it without our own code. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="data shortcuts">
        <tbody>
          {SHORTCUTS.map(([key, action]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row end">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
