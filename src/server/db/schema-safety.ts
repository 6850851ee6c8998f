/** Site safety audits: templates, audits, answers, photos and the actions findings become (issue 6). */
export {};
