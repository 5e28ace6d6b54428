/**
 * A test-runner command, `a11y-tree`, that returns the browser's full accessibility tree
 * (every node, not just the «interesting» ones), so tests can assert roles, names and states
 * that a screen reader gets. Chromium only: Firefox is driven over WebDriver BiDi, which has
 * no accessibility tree; there the command returns `{ unsupported: true }` and the test is skipped.
 */
export function a11yTreePlugin() {
  return {
    name: 'a11y-tree',
    async executeCommand({ command, session }) {
      if (command !== 'a11y-tree') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || session.browserName?.toLowerCase().includes('firefox')) return { unsupported: true };
      try {
        return await page.accessibility.snapshot({ interestingOnly: false });
      } catch (error) {
        if (String(error).includes('CDP support is required')) return { unsupported: true };
        throw error;
      }
    },
  };
}
