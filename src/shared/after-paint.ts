/**
 * Resolves once the frame being drawn now has been painted: two animation frames on (the first
 * comes before that paint). A timer stands in where no frame comes (a page in the background),
 * so nothing waits on it for good.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 250);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}
