/**
 * Gives the event loop a turn: resolves in a new task, so input, drawing and the cell functions' calls waiting on
 * this thread run first. A MessageChannel where there is one (a timer's 0 ms is clamped to 4 ms after a few nested
 * calls); a timer otherwise (jsdom).
 */
let channel: { port1: MessagePort; port2: MessagePort } | null = null;
const waiting: (() => void)[] = [];

export function yieldToLoop(): Promise<void> {
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // Node's ports keep a process alive; a browser's have no unref
    (channel.port1 as unknown as { unref?: () => void }).unref?.();
    (channel.port2 as unknown as { unref?: () => void }).unref?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(null);
  });
}
