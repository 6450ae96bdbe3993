/** Preset documents authored in batch 1 (see index.ts for the catalogue order). */
export const GROUP_1: unknown[] = [];
