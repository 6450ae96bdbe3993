/**
 * Gives the event loop a turn: resolves in a new task, so input, drawing and the cell functions' calls waiting on
 * this thread run first. A MessageChannel where there is one (a timer's 0 ms is clamped to 4 ms after a few nested
 * calls); a timer otherwise (jsdom).
 */
let channel: { port1: MessagePort; port2: MessagePort } | null = null;
const waiting: (() => void)[] = [];

/** Node's ports have ref/unref (a browser's do not): the receiving port keeps Node alive only while a turn is awaited. */
type NodePort = { ref?: () => void; unref?: () => void };

export function yieldToLoop(): Promise<void> {
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    const c = new MessageChannel();
    c.port1.onmessage = () => {
      waiting.shift()?.();
      // nothing awaited: an idle channel must not keep a Node process (a bench, the tests) from ending
      if (waiting.length === 0) (c.port1 as unknown as NodePort).unref?.();
    };
    (c.port2 as unknown as NodePort).unref?.();
    channel = c;
  }
  const c = channel;
  return new Promise((resolve) => {
    waiting.push(resolve);
    // while a turn is awaited the port is held, or Node would end with the pane's work half done (a silent exit 0)
    (c.port1 as unknown as NodePort).ref?.();
    c.port2.postMessage(null);
  });
}
