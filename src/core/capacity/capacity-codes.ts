/** The closed lists of trainings, guidance, focal points and the roadmap (decisions 029 and 030). */

/** Training topics; `other` names its topic in `topicOther`. */
export const TRAINING_TOPICS = [
  'protection_mainstreaming',
  'psea',
  'gbv_risk_mitigation',
  'child_safeguarding',
  'data_protection',
  'other',
] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

/** Who attended, by organisation: the organisation's staff, partners' staff, committee members. */
export const PARTICIPANT_TYPES = ['staff', 'partner', 'committee_member'] as const;
export type ParticipantType = (typeof PARTICIPANT_TYPES)[number];

/** Areas of work of the guidance library and of focal points. */
export const WORK_AREAS = [
  'protection',
  'psea',
  'child_protection',
  'gbv',
  'counter_trafficking',
  'evacuations',
  'mhpss',
  'housing_land_property',
  'disability_inclusion',
  'data_protection',
] as const;
export type WorkArea = (typeof WORK_AREAS)[number];

/** IOM's protection roadmap pillars (DOMAIN.md §4). */
export const ROADMAP_PILLARS = [
  'leadership',
  'accountability',
  'capacity',
  'advocacy',
  'partnership',
] as const;
export type RoadmapPillar = (typeof ROADMAP_PILLARS)[number];

export const MILESTONE_STATUSES = ['not_started', 'in_progress', 'done', 'delayed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** The default share of a project's staff that should be trained on a topic, in percent. */
export const DEFAULT_COVERAGE_TARGET = 80;
