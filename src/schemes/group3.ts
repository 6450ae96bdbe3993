/** Preset documents authored in batch 3 (see index.ts for the catalogue order). */
export const GROUP_3: unknown[] = [];
