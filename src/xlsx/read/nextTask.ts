/**
 * A fresh task, so the browser can paint and handle input in between (a resolved promise would not: its
 * microtasks run before anything else). setImmediate where there is one (Node), else a message to ourselves
 * (unclamped, unlike setTimeout's 4 ms after a few nested calls).
 */
export function nextTask(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function')
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
