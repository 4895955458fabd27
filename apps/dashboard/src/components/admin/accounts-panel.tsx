'use client';

import { ROLES, isOneOf, type Role } from '@claimdesk/claim-model';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from '~/lib/errors';
import { useTRPC } from '~/trpc/react';

const ROLE_LABEL: Record<Role, string> = { admin: 'Admin', lead: 'Lead', reviewer: 'Reviewer' };

/** Accounts: add, change role, disable or enable. Role changes and disabling end that person's sessions at once. */
export function AccountsPanel({ myId }: { myId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.user.list.queryOptions());
  const [rowError, setRowError] = useState<{ id: string; text: string } | null>(null);
  const [form, setForm] = useState({ email: '', name: '', role: 'reviewer' as Role, password: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [added, setAdded] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = (list.data ?? []).filter((u) => !needle || u.name.toLowerCase().includes(needle) || u.email.toLowerCase().includes(needle));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
  const setRole = useMutation(trpc.user.setRole.mutationOptions({ onSettled: refresh }));
  const disable = useMutation(trpc.user.disable.mutationOptions({ onSettled: refresh }));
  const add = useMutation(
    trpc.user.add.mutationOptions({
      onSettled: refresh,
      onSuccess: (user) => {
        setAdded(`Added ${user.name}. Give them their password in person or over a secure channel.`);
        setForm({ email: '', name: '', role: 'reviewer', password: '' });
        setErrors({});
      },
      onError: (e) => setErrors({ ...fieldErrors(e), form: describeError(e) }),
    }),
  );

  function onAdd(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    add.mutate(form);
  }

  const field = (name: keyof typeof form, label: string, type: string, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`new-${name}`}>{label}</label>
      <input id={`new-${name}`} type={type} autoComplete={autoComplete} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} aria-invalid={errors[name] ? true : undefined} aria-describedby={errors[name] ? `new-${name}-error` : undefined} />
      {errors[name] ? (
        <span id={`new-${name}-error`} className="field-error">
          {errors[name]}
        </span>
      ) : null}
    </div>
  );

  return (
    <section className="panel" aria-labelledby="accounts-heading">
      <div className="panel-header">
        <h2 id="accounts-heading">Accounts</h2>
        <div className="row">
          <label htmlFor="account-filter">Find</label>
          <input id="account-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="name or email" />
          <span className="muted small nowrap">
            {shown.length} of {list.data?.length ?? 0}
          </span>
        </div>
      </div>
      {list.isError ? <p className="field-error">{describeError(list.error)}</p> : null}
      <div className="accounts-scroll">
      <table className="data" data-testid="accounts">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((u) => (
            <tr key={u.id}>
              <td>
                {u.name}
                {u.id === myId ? <span className="muted"> (you)</span> : null}
              </td>
              <td>{u.email}</td>
              <td>
                <select aria-label={`Role of ${u.name}`} value={u.role} disabled={setRole.isPending} onChange={(e) => { const role = e.target.value; if (isOneOf(ROLES, role)) setRole.mutate({ userId: u.id, role }, { onError: (err) => setRowError({ id: u.id, text: describeError(err) }), onSuccess: () => setRowError(null) }); }}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABEL[r]}
                    </option>
                  ))}
                </select>
                {rowError?.id === u.id ? (
                  <div className="field-error" role="alert">
                    {rowError.text}
                  </div>
                ) : null}
              </td>
              <td>
                {u.disabled ? <span className="badge status">Disabled</span> : <span className="badge consistent">Active</span>}{' '}
                <button type="button" className="button link" disabled={disable.isPending} onClick={() => disable.mutate({ userId: u.id, disabled: !u.disabled }, { onError: (err) => setRowError({ id: u.id, text: describeError(err) }), onSuccess: () => setRowError(null) })}>
                  {u.disabled ? `Enable ${u.name}` : `Disable ${u.name}`}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <form className="panel-body stack add-account" onSubmit={onAdd} noValidate aria-labelledby="add-account-heading">
        <h3 id="add-account-heading">Add an account</h3>
        <div className="grid-4">
          {field('name', 'Name', 'text', 'off')}
          {field('email', 'Email', 'email', 'off')}
          <div className="field">
            <label htmlFor="new-role">Role</label>
            <select id="new-role" value={form.role} onChange={(e) => setForm({ ...form, role: isOneOf(ROLES, e.target.value) ? e.target.value : 'reviewer' })}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABEL[r]}
                </option>
              ))}
            </select>
          </div>
          {field('password', 'First password', 'password', 'new-password')}
        </div>
        {errors.form && Object.keys(errors).length === 1 ? (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        {added ? (
          <p className="alert info" role="status">
            {added}
          </p>
        ) : null}
        <div>
          <button type="submit" className="button primary" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add account'}
          </button>
        </div>
      </form>
    </section>
  );
}
