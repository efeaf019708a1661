import type { Role } from '../db/schema';

/** Who is calling: everything a query needs to scope its rows. */
export interface Actor {
  userId: number;
  username: string;
  fullName: string;
  role: Role;
  unitId: number;
  /** Path prefix of the subtree this user may see; null means the whole tree (admin). */
  scopePath: string | null;
  mustChangePassword: boolean;
  sessionId: number;
}

/** Request context handed to queries that write: who, and from where, for the audit log. */
export interface ChangeContext {
  actor: Actor | null;
  ip: string | null;
}
