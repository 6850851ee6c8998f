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
  'users.resetSecondFactor': {
    roles: ADMIN,
    scope: 'organization',
    tokens: false,
    description: "Turn off another user's second factor (lost authenticator); ends their sessions",
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
  // Consultations and committees: staff read (admins and the feedback desk included: issues raised
  // feed "you said, we did"); protection, programme and M&E staff record; viewers get only the
  // suppressed participation aggregates and export (decision 025).
  'consultations.list': {
    roles: STAFF,
    scope: 'organization',
    tokens: true,
    description: 'List community consultations in your countries',
  },
  'consultations.read': {
    roles: STAFF,
    scope: 'organization',
    tokens: true,
    description: 'Read a consultation: participants, issues raised, decisions (audited)',
  },
  'consultations.create': {
    roles: CHECKLIST_ANSWERERS,
    scope: 'organization',
    tokens: true,
    description: 'Record a community consultation',
  },
  'consultations.update': {
    roles: CHECKLIST_ANSWERERS,
    scope: 'organization',
    tokens: false,
    description: 'Revise a consultation and the decisions that followed',
  },
  'consultations.export': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Consultations as CSV/XLSX (viewers: places × groups, small cells suppressed)',
  },
  'consultations.chart': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Participation by group per project or place (viewers: small cells suppressed)',
  },
  'committees.list': {
    roles: STAFF,
    scope: 'organization',
    tokens: true,
    description: 'List community committees with their balance indicator',
  },
  'committees.read': {
    roles: STAFF,
    scope: 'organization',
    tokens: true,
    description: 'Read a committee, its training and meetings',
  },
  'committees.create': {
    roles: CHECKLIST_ANSWERERS,
    scope: 'organization',
    tokens: true,
    description: 'Record a community committee',
  },
  'committees.update': {
    roles: CHECKLIST_ANSWERERS,
    scope: 'organization',
    tokens: false,
    description: 'Revise a committee (members, targets, training) and record its meetings',
  },
  'committees.export': {
    roles: STAFF,
    scope: 'organization',
    tokens: true,
    description: 'Committees and their balance as CSV/XLSX',
  },
  // end of participation
  // — safety audits (issue 6) —
  // Safety gaps by site tell an attacker where people are exposed: staff of protection and
  // programmes only, no viewer aggregates (decision 026).
  'safety.read': {
    roles: ['protection_officer', 'project_manager', 'me_officer'],
    scope: 'organization',
    tokens: false,
    description: 'Sites, audit template, audits (audited), photos (audited), trends, actions',
  },
  'safety.audit': {
    roles: ['protection_officer', 'project_manager', 'me_officer'],
    scope: 'organization',
    tokens: false,
    description: 'Record sites and audits, add photos, make and update actions of findings',
  },
  'safety.template': {
    roles: ['protection_officer'],
    scope: 'organization',
    tokens: false,
    description: "Edit the organisation's audit template (add, reword, retire items)",
  },
  'safety.export': {
    roles: ['protection_officer', 'project_manager', 'me_officer'],
    scope: 'organization',
    tokens: false,
    description: 'Export audit findings (CSV/XLSX with HXL, audited)',
  },
  // end of safety audits
  // — services and referrals (issue 6) —
  'directory.list': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Search the service directory in your countries; referral pathways per place',
  },
  'directory.read': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Read a service of the directory',
  },
  'directory.create': {
    roles: ['protection_officer', 'psea_focal_point', 'project_manager'],
    scope: 'organization',
    tokens: false,
    description: 'Add a service to the directory',
  },
  'directory.update': {
    roles: ['protection_officer', 'psea_focal_point', 'project_manager'],
    scope: 'organization',
    tokens: false,
    description: 'Revise or verify a service of the directory',
  },
  'directory.import': {
    roles: ['protection_officer', 'psea_focal_point', 'project_manager'],
    scope: 'organization',
    tokens: false,
    description: 'Import an Open Referral HSDS package (3.0, or 1.1), all services or none',
  },
  'directory.export': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Export the directory as CSV/XLSX (HXL row) or an HSDS 3.0 data package',
  },
  'referrals.create': {
    roles: ['feedback_operator', 'protection_officer', 'psea_focal_point'],
    scope: 'organization',
    tokens: false,
    description: 'Refer a person to a service, with their recorded consent (audited)',
  },
  'referrals.override': {
    roles: ['protection_officer', 'psea_focal_point'],
    scope: 'organization',
    tokens: false,
    description: 'Refer without consent, giving a reason (life-saving cases; audited)',
  },
  'referrals.list': {
    roles: ['feedback_operator', 'protection_officer', 'psea_focal_point'],
    scope: 'organization',
    tokens: false,
    description: 'List referrals and overdue follow-ups in your countries (audited)',
  },
  'referrals.read': {
    roles: ['feedback_operator', 'protection_officer', 'psea_focal_point'],
    scope: 'organization',
    tokens: false,
    description: 'Read a referral with the facts shared (audited)',
  },
  'referrals.update': {
    roles: ['feedback_operator', 'protection_officer', 'psea_focal_point'],
    scope: 'organization',
    tokens: false,
    description: 'Record a referral’s status, follow-up date and outcome',
  },
  'referrals.report': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Referral counts by service type and status (viewers: small cells suppressed)',
  },
  // end of services and referrals
  // — capacity, guidance and roadmap (issue 6) —
  'trainings.list': {
    roles: STAFF,
    scope: 'organization',
    tokens: false,
    description: 'List training sessions, the people who can be named, project staff (audited)',
  },
  'trainings.read': {
    roles: STAFF,
    scope: 'organization',
    tokens: false,
    description: 'Read a training session with its named staff participants (audited)',
  },
  'trainings.create': {
    roles: ['protection_officer', 'project_manager', 'me_officer', 'psea_focal_point'],
    scope: 'organization',
    tokens: false,
    description: 'Record a training session with its participants',
  },
  'trainings.update': {
    roles: ['protection_officer', 'project_manager', 'me_officer', 'psea_focal_point'],
    scope: 'organization',
    tokens: false,
    description: 'Revise a training session',
  },
  'trainings.staff': {
    roles: PROJECT_EDITORS,
    scope: 'organization',
    tokens: false,
    description: 'Set the staff of a project (the denominator of training coverage)',
  },
  'trainings.coverage': {
    roles: STAFF,
    scope: 'organization',
    tokens: false,
    description: 'Share of project staff trained per topic, flagged below the target',
  },
  'trainings.export': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Export training counts as CSV/XLSX (viewers: small cells suppressed); audited',
  },
  'guidance.list': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Search the guidance library in the four languages',
  },
  'guidance.create': {
    roles: ['admin', 'protection_officer'],
    scope: 'organization',
    tokens: false,
    description: 'Add guidance to the library',
  },
  'guidance.update': {
    roles: ['admin', 'protection_officer'],
    scope: 'organization',
    tokens: false,
    description: 'Edit guidance, shipped or the organisation’s own',
  },
  'focalPoints.list': {
    roles: STAFF,
    scope: 'organization',
    tokens: false,
    description: 'Who to call: focal points per area and country office (staff contacts, audited)',
  },
  'focalPoints.create': {
    roles: ['admin', 'protection_officer'],
    scope: 'organization',
    tokens: false,
    description: 'Name the focal point of an area in a country office',
  },
  'focalPoints.update': {
    roles: ['admin', 'protection_officer'],
    scope: 'organization',
    tokens: false,
    description: 'Change a focal point or their contact details',
  },
  'focalPoints.delete': {
    roles: ['admin', 'protection_officer'],
    scope: 'organization',
    tokens: false,
    description: 'Remove a focal point',
  },
  'roadmap.list': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Protection roadmap milestones and progress per pillar',
  },
  'roadmap.create': {
    roles: ['admin', 'protection_officer'],
    scope: 'organization',
    tokens: false,
    description: 'Add a roadmap milestone',
  },
  'roadmap.update': {
    roles: ['admin', 'protection_officer'],
    scope: 'organization',
    tokens: false,
    description: 'Change a roadmap milestone: status, owner, due date, evidence',
  },
  'roadmap.export': {
    roles: ALL,
    scope: 'organization',
    tokens: true,
    description: 'Export the protection roadmap as CSV/XLSX; audited',
  },
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
