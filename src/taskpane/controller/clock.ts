/** The time a run is stamped with, as the sheets Jili writes show it: `YYYY-MM-DD HH:mm`, local time. */
export type Clock = () => string;

const two = (n: number) => String(n).padStart(2, "0");

/** The time as the stamp shows it. */
export function stampTime(d: Date): string {
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The real clock (the pane's default); tests give the session a fixed one. */
export const systemClock: Clock = () => stampTime(new Date());
