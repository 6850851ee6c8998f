/**
 * The authorisation policy: one declared table, action → who may do it and under which scope rule.
 * Every HTTP route names an action of this table (the route registry refuses one that does not),
 * and every service checks it with `authorize`. An action that is not here is denied.
 */
import { ROLES, type Role } from '../auth/roles.js';

/**
 * - `public`: anyone, signed in or not.
 * - `self`: any signed-in user, acting on their own account (not API tokens).
 * - `organization`: records of the actor's organisation; an office-scoped actor only reaches
 *   records whose offices are all within their scope.
 */
export type ScopeRule = 'public' | 'self' | 'organization';

export interface PolicyEntry {
  roles: readonly Role[];
  scope: ScopeRule;
  /** Whether API tokens may perform it (integrations); users always may when their role allows. */
  tokens: boolean;
  description: string;
}

const ALL: readonly Role[] = ROLES;
const ADMIN: readonly Role[] = ['admin'];
/** Everyone who works on projects; viewers see portfolio aggregates only. */
const STAFF: readonly Role[] = ROLES.filter((r) => r !== 'viewer');
const PROJECT_EDITORS: readonly Role[] = ['admin', 'project_manager', 'protection_officer'];
const CHECKLIST_ANSWERERS: readonly Role[] = [
  'project_manager',
  'protection_officer',
  'me_officer',
];
const FEEDBACK_DESK: readonly Role[] = [
  'feedback_operator',
  'protection_officer',
  'psea_focal_point',
];
const FEEDBACK_READERS: readonly Role[] = [...FEEDBACK_DESK, 'project_manager', 'me_officer'];
/** Risk by location can put people in danger: analyses are for protection and programme staff. */
export const RISK_READERS: readonly Role[] = [
  'protection_officer',
  'project_manager',
  'me_officer',
];
export const RISK_EDITORS: readonly Role[] = ['protection_officer'];
/** Who loads population baselines, reach figures and gazetteers. */
export const DATA_EDITORS: readonly Role[] = [
  'me_officer',
  'protection_officer',
  'project_manager',
];

export const POLICY = {
  'health.read': { roles: ALL, scope: 'public', tokens: true, description: 'Service health' },
  'openapi.read': { roles: ALL, scope: 'public', tokens: true, description: 'API description' },
  'framework.read': {
    roles: ALL,
    scope: 'public',
    tokens: true,
    description: 'Principles, phases, sectors, glossary',
  },
  'auth.login': { roles: ALL, scope: 'public', tokens: false, description: 'Sign in' },
  'auth.logout': { roles: ALL, scope: 'self', tokens: false, description: 'Sign out' },
  'me.read': { roles: ALL, scope: 'self', tokens: false, description: 'Own account' },
  'me.totp': { roles: ALL, scope: 'self', tokens: false, description: 'Own second factor' },
  'offices.list': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Country offices',
  },
  'users.list': { roles: ADMIN, scope: 'organization', tokens: false, description: 'List users' },
  'users.read': { roles: ADMIN, scope: 'organization', tokens: false, description: 'Read a user' },
  'users.create': { roles: ADMIN, scope: 'organization', tokens: false, description: 'Add users' },
  'users.update': {
    roles: ADMIN,
    scope: 'organization',
    tokens: false,
    description: 'Change role, scope, disable',
  },
  'apiTokens.list': {
    roles: ADMIN,
    scope: 'organization',
    tokens: false,
    description: 'List API tokens',
  },
  'apiTokens.create': {
    roles: ADMIN,
    scope: 'organization',
    tokens: false,
    description: 'Create API tokens',
  },
  'apiTokens.revoke': {
    roles: ADMIN,
    scope: 'organization',
    tokens: false,
    description: 'Revoke API tokens',
  },
  'audit.list': { roles: ADMIN, scope: 'organization', tokens: false, description: 'Read audit' },
  'projects.list': {
    roles: STAFF,
    scope: 'organization',
    tokens: true,
    description: 'List projects',
  },
  'projects.read': {
    roles: STAFF,
    scope: 'organization',
    tokens: true,
    description: 'Read a project',
  },
  'projects.create': {
    roles: PROJECT_EDITORS,
    scope: 'organization',
    tokens: false,
    description: 'Register projects',
  },
  'projects.update': {
    roles: PROJECT_EDITORS,
    scope: 'organization',
    tokens: false,
    description: 'Edit a project',
  },
  'projects.transition': {
    roles: PROJECT_EDITORS,
    scope: 'organization',
    tokens: false,
    description: 'Move a project through the life-cycle (roles per step in core/projects/phase.ts)',
  },
  'checklist.read': {
    roles: STAFF,
    scope: 'organization',
    tokens: true,
    description: 'Read checklists',
  },
  'checklist.answer': {
    roles: CHECKLIST_ANSWERERS,
    scope: 'organization',
    tokens: false,
    description: 'Answer checklist items',
  },
  'checklist.waive': {
    roles: ['protection_officer'],
    scope: 'organization',
    tokens: false,
    description: 'Waive a mandatory item with a reason',
  },
  'actions.list': {
    roles: STAFF,
    scope: 'organization',
    tokens: false,
    description: 'Read actions',
  },
  'actions.create': {
    roles: CHECKLIST_ANSWERERS,
    scope: 'organization',
    tokens: false,
    description: 'Create actions from unmet items',
  },
  'actions.update': {
    roles: CHECKLIST_ANSWERERS,
    scope: 'organization',
    tokens: false,
    description: 'Update actions',
  },
  'users.directory': {
    roles: STAFF,
    scope: 'organization',
    tokens: false,
    description: 'Names and roles of colleagues (owner pickers)',
  },
  'portfolio.read': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Portfolio aggregates (viewers: aggregates only, small cells suppressed)',
  },
  'feedback.create': {
    roles: FEEDBACK_DESK,
    scope: 'organization',
    tokens: true,
    description: 'Log feedback and complaints (hotline, in person, suggestion box)',
  },
  'feedback.list': {
    roles: FEEDBACK_READERS,
    scope: 'organization',
    tokens: false,
    description: 'List cases (SEA cases: PSEA focal points only)',
  },
  'feedback.read': {
    roles: FEEDBACK_READERS,
    scope: 'organization',
    tokens: false,
    description: 'Read a case (narrative and contact by role; SEA: PSEA focal points only)',
  },
  'feedback.update': {
    roles: FEEDBACK_DESK,
    scope: 'organization',
    tokens: false,
    description: 'Acknowledge, progress, refer, answer, close; add notes',
  },
  'channels.sms': {
    roles: ['feedback_operator'],
    scope: 'organization',
    tokens: true,
    description: 'SMS and messaging gateway webhook (API token of an integration)',
  },
  'feedback.export': {
    roles: FEEDBACK_READERS,
    scope: 'organization',
    tokens: false,
    description: 'Export cases you may see, without narratives or contacts (audited)',
  },
  'feedback.import': {
    roles: ['feedback_operator', 'protection_officer'],
    scope: 'organization',
    tokens: false,
    description: 'Import a feedback log (CSV/XLSX), all rows or none',
  },
  'notifications.read': {
    roles: ALL,
    scope: 'self',
    tokens: false,
    description: 'Own in-app notifications',
  },
  'feedback.dashboard': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Feedback volumes and response times (small cells suppressed for viewers)',
  },
  'settings.read': {
    roles: ALL,
    scope: 'organization',
    tokens: false,
    description: 'Organisation settings (deadlines, disclosure thresholds)',
  },
  'settings.update': {
    roles: ADMIN,
    scope: 'organization',
    tokens: false,
    description: 'Change organisation settings',
  },
  'public.report': {
    roles: ALL,
    scope: 'public',
    tokens: false,
    description: 'Public feedback form and receipt status',
  },
  'checklists.publish': {
    roles: ADMIN,
    scope: 'organization',
    tokens: false,
    description: 'Publish a checklist version (content import)',
  },
  'checklists.addItem': {
    roles: ['admin', 'protection_officer'],
    scope: 'organization',
    tokens: false,
    description: "Add the organisation's own checklist item",
  },
  // — locations (issue 5) —
  'locations.list': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Places of the gazetteer (office-scoped: their countries only)',
  },
  'locations.import': {
    roles: [...DATA_EDITORS, 'admin'],
    scope: 'organization',
    tokens: false,
    description: 'Import a gazetteer (COD-AB CSV/XLSX), upserted by P-code, all places or none',
  },
  // — risk analyses (issue 5) —
  'risk.list': {
    roles: RISK_READERS,
    scope: 'organization',
    tokens: false,
    description: 'List risk analyses, priorities and history in your countries (audited)',
  },
  'risk.read': {
    roles: RISK_READERS,
    scope: 'organization',
    tokens: false,
    description: 'Read a risk analysis and its interventions (audited)',
  },
  'risk.create': {
    roles: RISK_EDITORS,
    scope: 'organization',
    tokens: false,
    description: 'Record a protection risk analysis',
  },
  'risk.update': {
    roles: RISK_EDITORS,
    scope: 'organization',
    tokens: false,
    description: 'Revise a risk analysis, link projects, record interventions',
  },
  // — baselines, reach and meaningful access (issue 5) —
  'baselines.create': {
    roles: DATA_EDITORS,
    scope: 'organization',
    tokens: false,
    description: 'Record or import population baselines by sex × age bracket × disability',
  },
  'baselines.list': {
    roles: STAFF,
    scope: 'organization',
    tokens: true,
    description: 'List population baselines',
  },
  'baselines.read': {
    roles: STAFF,
    scope: 'organization',
    tokens: true,
    description: 'Read a population baseline with its disaggregated counts',
  },
  'baselines.export': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Export a baseline as CSV/XLSX with HXL tags (viewers: small cells suppressed)',
  },
  'reach.create': {
    roles: DATA_EDITORS,
    scope: 'organization',
    tokens: false,
    description: 'Enter the people a project reached by sex × age bracket × disability',
  },
  'reach.list': {
    roles: STAFF,
    scope: 'organization',
    tokens: true,
    description: 'List reach figures (disaggregated, staff only)',
  },
  'reach.import': {
    roles: DATA_EDITORS,
    scope: 'organization',
    tokens: false,
    description:
      'Import reach figures or individual records (CSV, XLSX, Kobo, HXL), all or nothing',
  },
  'reach.export': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Export reach figures with HXL tags (viewers: small cells suppressed); audited',
  },
  'access.read': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Meaningful-access analysis and exclusion alerts (viewers: small counts withheld)',
  },
  'access.table': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'People reached by place and group (viewers: small cells suppressed)',
  },
  // — participation (issue 6) —
  // end of participation
  // — safety audits (issue 6) —
  // end of safety audits
  // — services and referrals (issue 6) —
  // end of services and referrals
  // — capacity, guidance and roadmap (issue 6) —
  // end of capacity, guidance and roadmap
} as const satisfies Record<string, PolicyEntry>;

export type PolicyAction = keyof typeof POLICY;

/** Whether a string names a declared action. */
export function isPolicyAction(value: string): value is PolicyAction {
  return Object.hasOwn(POLICY, value);
}

/** The entry of an action, or undefined for an undeclared one (which every check denies). */
export function policyOf(action: string): PolicyEntry | undefined {
  return isPolicyAction(action) ? POLICY[action] : undefined;
}
