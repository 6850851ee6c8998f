import { isRole } from '../../../core/auth/roles.js';
import { type ListUsersQuery } from '../../../core/users/user.schema.js';

/** Narrows a select's value to a role filter. */
export function toRoleFilter(value: string | null): ListUsersQuery['role'] {
  return value && isRole(value) ? value : undefined;
}
