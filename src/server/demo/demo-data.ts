/**
 * The demo dataset loaded into an empty embedded database (or on `mainstream demo load`): one
 * organisation, two country offices, one user for every role. Invented people; the password is
 * printed at start and is for local trials only.
 */
import type { Role } from '../../core/auth/roles.js';
import type { LanguageCode } from '../../core/shared/language.js';

export const DEMO_PASSWORD = 'mainstream-demo-2026';

export const DEMO_ORGANIZATION = { code: 'demo', name: 'Demo Humanitarian Organisation' };

export const DEMO_OFFICES = [
  { code: 'SDN-PZU', name: 'Sudan country office (Port Sudan)', country: 'SDN' },
  { code: 'TCD-NDJ', name: 'Chad country office (N’Djamena)', country: 'TCD' },
] as const;

type OfficeCode = (typeof DEMO_OFFICES)[number]['code'];

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  locale: LanguageCode;
  /** Empty: the whole organisation. */
  offices: OfficeCode[];
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@demo.mainstream.test',
    name: 'Amina Yusuf',
    role: 'admin',
    locale: 'en',
    offices: [],
  },
  {
    email: 'protection@demo.mainstream.test',
    name: 'Claire Mbaye',
    role: 'protection_officer',
    locale: 'fr',
    offices: [],
  },
  {
    email: 'manager.sudan@demo.mainstream.test',
    name: 'Omar Abdelrahman',
    role: 'project_manager',
    locale: 'ar',
    offices: ['SDN-PZU'],
  },
  {
    email: 'manager.chad@demo.mainstream.test',
    name: 'Fatimé Ahmat',
    role: 'project_manager',
    locale: 'fr',
    offices: ['TCD-NDJ'],
  },
  {
    email: 'me@demo.mainstream.test',
    name: 'Lucía Romero',
    role: 'me_officer',
    locale: 'es',
    offices: [],
  },
  {
    email: 'feedback@demo.mainstream.test',
    name: 'Hawa Idriss',
    role: 'feedback_operator',
    locale: 'ar',
    offices: ['SDN-PZU'],
  },
  {
    email: 'psea@demo.mainstream.test',
    name: 'Grace Otieno',
    role: 'psea_focal_point',
    locale: 'en',
    offices: [],
  },
  {
    email: 'viewer@demo.mainstream.test',
    name: 'Donor Liaison',
    role: 'viewer',
    locale: 'en',
    offices: [],
  },
];

export interface DemoProject {
  code: string;
  title: string;
  country: 'SDN' | 'TCD';
  sectors: string[];
  targetGroups: (
    | 'idps'
    | 'returnees'
    | 'migrants'
    | 'refugees'
    | 'host_community'
    | 'stranded_migrants'
    | 'other'
  )[];
  partners: string[];
  /** Who registers it (an email of DEMO_USERS). */
  by: string;
  /** Share of the design items answered, and how. */
  answers: 'none' | 'some' | 'design_done';
  phase: 'design' | 'endorsement';
}

export const DEMO_PROJECTS: DemoProject[] = [
  {
    code: 'SDN-SHL-2026-01',
    title: 'Emergency shelter and NFI for displaced families in Port Sudan',
    country: 'SDN',
    sectors: ['shelter_nfi', 'cccm_dtm'],
    targetGroups: ['idps', 'host_community'],
    partners: ['Sudanese Red Crescent Society'],
    by: 'manager.sudan@demo.mainstream.test',
    answers: 'design_done',
    phase: 'endorsement',
  },
  {
    code: 'SDN-HLT-2026-02',
    title: 'Mobile health and psychosocial support along return routes',
    country: 'SDN',
    sectors: ['health', 'psychosocial'],
    targetGroups: ['returnees', 'idps'],
    partners: [],
    by: 'manager.sudan@demo.mainstream.test',
    answers: 'some',
    phase: 'design',
  },
  {
    code: 'TCD-TRN-2026-01',
    title: 'Safe onward transport for refugees and returnees from the eastern border',
    country: 'TCD',
    sectors: ['transport', 'counter_trafficking'],
    targetGroups: ['refugees', 'returnees'],
    partners: ['Chadian Red Cross'],
    by: 'manager.chad@demo.mainstream.test',
    answers: 'some',
    phase: 'design',
  },
];
