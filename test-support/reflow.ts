/**
 * What a reader at 320 px wide or at 200 % zoom would lose (WCAG 1.4.10 Reflow, 1.4.4 Resize
 * text): every box of the element's shadow tree, nested shadow trees included, that sticks out
 * of the element sideways or cuts its own text, and the element itself sticking out of the
 * viewport. Visually hidden text and the inside of a map are not reading content.
 */
export function reflowProblems(
  host: HTMLElement,
  ignore = '.leaflet-container, .visually-hidden',
): string[] {
  const box = host.getBoundingClientRect();
  const problems: string[] = [];
  if (box.right > innerWidth + 1)
    problems.push(`<${host.localName}> ends at ${box.right}px, past the ${innerWidth}px viewport`);
  const describe = (el: Element) =>
    `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.closest(ignore)) continue;
      const r = el.getBoundingClientRect();
      // Unseen boxes: collapsed, or a native control hidden behind its styled label.
      if (r.width <= 1 || r.height <= 1 || getComputedStyle(el).opacity === '0') continue;
      if (r.left < box.left - 1 || r.right > box.right + 1)
        problems.push(
          `${describe(el)} spans ${Math.round(r.left)}–${Math.round(r.right)}px, outside ${Math.round(box.left)}–${Math.round(box.right)}px`,
        );
      // Text fields scroll their own value by design; anything else must not cut text.
      else if (
        !el.matches('input, textarea') &&
        el.scrollWidth > el.clientWidth + 1 &&
        getComputedStyle(el).overflowX !== 'visible'
      )
        problems.push(
          `${describe(el)} cuts its content: ${el.scrollWidth}px in ${el.clientWidth}px`,
        );
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host.shadowRoot!);
  return problems;
}

/** The viewports to check: a 320 px phone, and a 1280 × 800 screen zoomed to 200 %. */
export const REFLOW_VIEWPORTS = [
  { name: '320 px', width: 320, height: 640 },
  { name: '200 % zoom', width: 640, height: 400 },
] as const;
