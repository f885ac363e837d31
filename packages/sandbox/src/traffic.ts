// How Partner Center treats calls beyond their content: throttling per client, a resource that another request is
// processing, and MS-RequestId as an idempotency key. Per the REST headers reference, a client re-sends the same
// MS-RequestId after a timeout, and resets it after a success or a business failure. So the sandbox never requires
// the same ID to get past a 409 or 429: it replays a write's first answer to a repeat of its ID, so that a retry after
// a timeout is not carried out twice.

interface Recorded {
  status: number;
  body: string;
  headers: [string, string][];
}

export function createTraffic(retryAfterSeconds: number) {
  const throttledUntil = new Map<string, number>();
  const processing = new Set<string>();
  const answered = new Map<string, Promise<Recorded | undefined>>();

  return {
    /**
     * The seconds a client must still wait, or `undefined` when its call may go through. Throttling is per client
     * (its token), not per request: the first call opens a wait of `retryAfterSeconds`; once it is over, the next
     * call, whatever its MS-RequestId, goes through.
     */
    throttledFor(client: string): number | undefined {
      const now = Date.now();
      const until = throttledUntil.get(client) ?? now + retryAfterSeconds * 1000;
      if (throttledUntil.has(client) && now >= until) {
        throttledUntil.delete(client);
        return undefined;
      }
      throttledUntil.set(client, until);
      return Math.max(1, Math.ceil((until - now) / 1000));
    },

    /**
     * Whether another request is processing the resource: the first write finds it busy (409); by the time that
     * answer is read, the other request has finished, so the retry goes through (and the next write finds it busy).
     */
    busy(resource: string): boolean {
      if (processing.delete(resource)) return false;
      processing.add(resource);
      return true;
    },

    /**
     * Answers a write once per MS-RequestId: a repeat of an ID whose first call succeeded (or is still being handled,
     * as after a client's timeout) gets that first answer again, and nothing is done twice. A failed call is not
     * kept: its repeat is handled anew.
     */
    async once(key: string | undefined, answer: () => Promise<Response>): Promise<Response> {
      const earlier = key === undefined ? undefined : answered.get(key);
      const first = earlier && (await earlier);
      if (first) return new Response(first.body, { status: first.status, headers: first.headers });
      let settle: (recorded: Recorded | undefined) => void = () => {};
      if (key !== undefined) answered.set(key, new Promise((resolve) => (settle = resolve)));
      const response = await answer().catch((error: unknown) => {
        settle(undefined);
        throw error;
      });
      const recorded = response.ok
        ? { status: response.status, body: await response.clone().text(), headers: [...response.headers] }
        : undefined;
      if (!recorded && key !== undefined) answered.delete(key);
      settle(recorded);
      return response;
    },
  };
}
