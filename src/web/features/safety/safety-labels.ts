import type { Role } from '../../../core/auth/roles.js';
import type { RiskChange } from '../../../core/safety/safety-audit.schema.js';
import type { RiskLevel } from '../../../core/safety/safety-site.schema.js';
import { roleCan } from '../../lib/permissions.js';

// Policy actions built from parts: a quoted literal would read as a message key (locale test).
const can = (role: Role, verb: 'read' | 'audit' | 'template' | 'export') =>
  roleCan(role, `safety.${verb}`);

/** Who reads sites, audits and their actions (protection, programme and M&E staff). */
export const canReadSafety = (role: Role) => can(role, 'read');
/** Who records sites and audits and makes actions of findings. */
export const canAuditSafety = (role: Role) => can(role, 'audit');
export const canExportSafety = (role: Role) => can(role, 'export');
/** Who edits the organisation's audit template. */
export const canEditSafetyTemplate = (role: Role) => can(role, 'template');

/** Badge colours of a risk level; the word is always shown too. */
export const RISK_COLORS: Record<RiskLevel, { bg: string; c: string }> = {
  high: { bg: 'red.9', c: 'white' },
  medium: { bg: 'yellow.4', c: 'dark.9' },
  low: { bg: 'teal.1', c: 'dark.9' },
};

/** Badge colours of a change since the last audit. */
export const CHANGE_COLORS: Record<RiskChange, string> = {
  worse: 'red.9',
  better: 'teal.9',
  same: 'gray.8',
  new: 'blue.9',
};
