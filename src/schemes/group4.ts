/** Preset documents authored in batch 4 (see index.ts for the catalogue order). */
export const GROUP_4: unknown[] = [];
