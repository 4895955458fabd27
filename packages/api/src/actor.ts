import type { Role } from '@claimdesk/claim-model';

/** Who is acting. `id` is null for the local command line, which acts with full rights on its own machine. */
export interface Actor {
  id: string | null;
  name: string;
  role: Role;
}

export const COMMAND_LINE_ACTOR: Actor = { id: null, name: 'claimdesk command line', role: 'admin' };
