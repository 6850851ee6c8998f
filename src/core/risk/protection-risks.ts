/** GPC's 15 standard protection risks (2021 list, DOMAIN.md §4), as codes. */
export const PROTECTION_RISKS = [
  'abduction_disappearance_detention',
  'attacks_on_civilians',
  'family_separation',
  'child_forced_marriage',
  'discrimination_denial_of_access',
  'disinformation_denial_of_information',
  'forced_recruitment_of_children',
  'gender_based_violence',
  'impediments_legal_identity_justice',
  'explosive_ordnance',
  'psychological_abuse',
  'theft_extortion_eviction_destruction',
  'torture_ill_treatment',
  'trafficking_forced_labour',
  'movement_restrictions_forced_displacement',
] as const;

export type ProtectionRisk = (typeof PROTECTION_RISKS)[number];
