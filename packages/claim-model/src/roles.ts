import type { Role } from './vocabulary';

const RANK: Record<Role, number> = { reviewer: 1, lead: 2, admin: 3 };

/** Roles nest: an admin can do everything a lead can, a lead everything a reviewer can. */
export function hasRoleAtLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

export function isLead(role: Role): boolean {
  return hasRoleAtLeast(role, 'lead');
}

export function isAdmin(role: Role): boolean {
  return role === 'admin';
}
