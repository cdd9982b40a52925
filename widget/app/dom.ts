/**
 * The one way the widget builds DOM: tag, class, text. There is deliberately no helper that takes HTML, so no
 * string from the network can ever be parsed as markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function srOnly(text: string): HTMLSpanElement {
  return el('span', 'sr-only', text);
}
