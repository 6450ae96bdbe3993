import { yieldToLoop } from "../taskpane/worker/yieldToLoop";

/** a slice well under the 50 ms a browser counts as a long task, leaving room for a sync's own work after it */
export const SLICE_MS = 12;

const clock: () => number = typeof performance !== "undefined" ? () => performance.now() : () => Date.now();

/**
 * The pane's own work between two syncs (building a write request, planning its chunks) runs on the thread that
 * draws the pane. A Pacer cuts it into slices of about `budgetMs`: loops ask `due` after each unit of work and, when
 * it is, await `next()`, which gives the event loop a turn (input and drawing go first) and starts a new slice.
 * Only when the work runs is decided by the clock; what is queued, and in which order, never is.
 */
export class Pacer {
  /** turns given to the event loop so far */
  turns = 0;
  private start: number;

  constructor(
    readonly budgetMs = SLICE_MS,
    private readonly now: () => number = clock,
    private readonly turn: () => Promise<void> = yieldToLoop,
  ) {
    this.start = now();
  }

  /** this slice has had its time */
  get due(): boolean {
    return this.now() - this.start >= this.budgetMs;
  }

  async next(): Promise<void> {
    this.turns++;
    await this.turn();
    this.start = this.now();
  }

  /** gives a turn when the slice is due (for loops whose units are coarse enough to await each) */
  async check(): Promise<void> {
    if (this.due) await this.next();
  }
}

/** what the adapters make a fresh Pacer with; the tests hand in one with a fake clock and a counted turn */
export type PacerFactory = () => Pacer;

export const defaultPacer: PacerFactory = () => new Pacer();
