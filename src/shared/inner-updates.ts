/**
 * Waits for the elements drawn in a shadow root that render on their own (any with an
 * `updateComplete`), so an element's `updateComplete` covers what it holds without naming it:
 * the host need not know its features' elements, nor the panel its tools'.
 */
export async function innerUpdatesComplete(root: ParentNode): Promise<void> {
  const pending: Array<Promise<unknown>> = [];
  for (const element of root.querySelectorAll('*')) {
    const update = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    if (update) pending.push(update);
  }
  await Promise.all(pending);
}
