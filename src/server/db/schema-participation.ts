/** Community consultations and committees (issue 6). */
export {};
