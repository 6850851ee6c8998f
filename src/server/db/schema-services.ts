/** The service directory (Open Referral HSDS-aligned) and referrals with recorded consent (issue 6). */
export {};
