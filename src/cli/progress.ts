import { Lang } from "../engine";
import { MessageKey, say } from "./messages";

/** Rows above which progress goes to stderr. */
export const PROGRESS_ROWS = 3000;

export class Progress {
  constructor(
    private readonly rows: number,
    private readonly lang: Lang,
    private readonly write: (s: string) => void,
  ) {}

  step(key: MessageKey): void {
    if (this.rows > PROGRESS_ROWS) this.write(`[jili] ${say(this.lang, key, { rows: this.rows })}\n`);
  }
}
