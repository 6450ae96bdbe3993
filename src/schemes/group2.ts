/** Preset documents authored in batch 2 (see index.ts for the catalogue order). */
export const GROUP_2: unknown[] = [];
