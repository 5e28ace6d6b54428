/** A node of the accessibility tree the `a11y-tree` command returns (Chromium only). */
export interface AxNode {
  name?: string;
  role?: string;
  description?: string;
  expanded?: boolean;
  level?: number;
  children?: AxNode[];
}

/** The first node, depth first, that `match` accepts. */
export function findNode(node: AxNode, match: (node: AxNode) => boolean): AxNode | undefined {
  if (match(node)) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return undefined;
}
