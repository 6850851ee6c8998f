/** Trainings, the guidance library, focal points and the protection roadmap (issue 6). */
export {};
