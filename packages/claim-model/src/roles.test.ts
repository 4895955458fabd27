import { describe, expect, it } from 'vitest';
import { hasRoleAtLeast } from './roles';
import type { Role } from './vocabulary';

describe('role nesting', () => {
  const rows: [string, Role, Role, boolean][] = [
    ['a reviewer is a reviewer', 'reviewer', 'reviewer', true],
    ['a reviewer is not a lead', 'reviewer', 'lead', false],
    ['a lead can do what a reviewer can', 'lead', 'reviewer', true],
    ['a lead is not an admin', 'lead', 'admin', false],
    ['an admin can do what a lead can', 'admin', 'lead', true],
  ];
  it.each(rows)('%s', (_name, role, needed, expected) => {
    expect(hasRoleAtLeast(role, needed)).toBe(expected);
  });
});
