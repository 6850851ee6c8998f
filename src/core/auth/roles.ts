/** The roles of Mainstream (SECURITY.md "Access"). Admin manages accounts, not sensitive content. */
export const ROLES = [
  'admin',
  'protection_officer',
  'project_manager',
  'me_officer',
  'feedback_operator',
  'psea_focal_point',
  'viewer',
] as const;

export type Role = (typeof ROLES)[number];

/** Whether a string names a role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
