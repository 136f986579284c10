/**
 * Under load the server reads several requests in one turn of the event loop, and everything up to
 * a request's ack (body, signature check, Bolt's middleware) runs as microtasks. Bolt acknowledges
 * an event before its listener runs, but the listener's answer work (synchronous search, rendering,
 * starting the post) would then run in that same turn, so the other requests already read wait
 * behind it for their acks. Listeners call this right after the ack to let those go out first.
 * https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick#setimmediate-vs-settimeout
 */
export function afterPendingAcks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
