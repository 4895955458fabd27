'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { describeError, inputIssues } from '~/lib/errors';
import { useTRPC } from '~/trpc/react';

interface Props {
  caseId: string;
  /** The case's current override, or null when it uses the default lexicon. */
  current: unknown;
}

const pretty = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value, null, 2));

/**
 * The case's lexicon override as JSON, pasted or loaded from a file. The server validates it with the same use
 * case as `claimdesk case set-lexicon`; every problem it finds is listed under the field.
 */
export function LexiconEditor({ caseId, current }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const currentText = pretty(current);
  const [text, setText] = useState(currentText);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  // Compared as text: a refetch of the same override must not throw away what the lead is editing.
  useEffect(() => {
    setText(currentText);
    setProblems([]);
  }, [caseId, currentText]);

  const save = useMutation(
    trpc.case.setLexicon.mutationOptions({
      onSuccess: (result) => {
        setProblems([]);
        void queryClient.invalidateQueries({ queryKey: trpc.case.byId.queryKey({ caseId }) });
        setSaved(result.cleared ? 'The case uses the default lexicon again.' : 'Lexicon saved. Documents imported from now on use it.');
      },
      onError: (error) => {
        const issues = inputIssues(error);
        setProblems(issues.length ? issues : [describeError(error)]);
      },
    }),
  );

  function onSave(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    if (text.trim() === '') {
      setProblems(['Paste the lexicon as JSON, load a file, or use "Reset to default".']);
      return;
    }
    let override: unknown;
    try {
      override = JSON.parse(text);
    } catch (error) {
      setProblems([`This is not valid JSON: ${(error as Error).message}`]);
      return;
    }
    save.mutate({ caseId, override });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    // Shown indented when it parses, as written when not (so its error points at what the lead sees).
    let shown = content;
    try {
      shown = pretty(JSON.parse(content));
    } catch {
      shown = content;
    }
    setText(shown);
    setProblems([]);
    setSaved(null);
    event.target.value = '';
  }

  const invalid = problems.length > 0;
  return (
    <form className="stack lexicon-editor" onSubmit={onSave} noValidate aria-labelledby="lexicon-heading">
      <div>
        <h3 id="lexicon-heading">Lexicon</h3>
        <p className="muted small">
          {current === null || current === undefined ? 'This case uses the default lexicon.' : 'This case adds its own entries to the default lexicon.'} Additions (metrics, subjects, places,
          sources, hedges, event cues) apply to documents imported from now on.
        </p>
      </div>
      <div className="field">
        <label htmlFor="lexicon-json">Lexicon override (JSON)</label>
        <textarea
          id="lexicon-json"
          className="mono"
          rows={8}
          spellCheck={false}
          value={text}
          placeholder='{ "places": [{ "id": "zhanaozen", "name": "Zhanaozen", "kind": "city", "within": ["kazakhstan"], "terms": ["Zhanaozen"] }] }'
          onChange={(e) => setText(e.target.value)}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? 'lexicon-problems' : undefined}
        />
        {invalid ? (
          <div id="lexicon-problems" className="field-error" role="alert">
            <ul className="problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="lexicon-file">Or load a JSON file</label>
        <input id="lexicon-file" type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      </div>
      <div className="row wrap">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save lexicon'}
        </button>
        <button
          type="button"
          className="button"
          disabled={save.isPending || current === null || current === undefined}
          onClick={() => {
            setSaved(null);
            save.mutate({ caseId, override: null });
          }}
        >
          Reset to default
        </button>
      </div>
      {saved ? (
        <p className="alert info" role="status">
          {saved}
        </p>
      ) : null}
    </form>
  );
}
