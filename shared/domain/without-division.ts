/**
 * The « Sans classe » entry of Gestion des accès élèves: the learners imported without a class
 * (none in SIECLE, or in its « Inactifs » pseudo-class), listed and handled like a class. Its code
 * cannot be a class's: SIECLE and STS-Web codes are letters, digits, spaces, `-` and `_`.
 *
 * Kept apart from the API schemas so the SPA can name it without shipping zod (whose eval probe
 * the Content-Security-Policy reports).
 */
export const WITHOUT_DIVISION = { code: '*', label: 'Sans classe' } as const;
