/** Small codes shared by consultations and committees. */

/** A language tag as recorded for a consultation: ISO 639 code, optional region (`ar`, `fr-TD`). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
