/**
 * The block size each element takes on its first render, at 320 px wide and the reader's
 * default font size: reserved while its code loads, and kept as the element's minimum, so a
 * host page's content never jumps when an element arrives (no layout shift). A page sets
 * `--p311-min-block-size` on an element to change it (`0` turns the reservation off).
 */
export const RESERVED_BLOCK_SIZE = {
  'p311-case-form': '25.5em',
  'p311-case-status': '22.5em',
  'p311-tow-lookup': '36.5em',
} as const;

/**
 * CSS for the host page: gives every element that is not defined yet its reserved space
 * (the CDN loader adopts it; a bundler user may add it to the page's own stylesheet).
 */
export const undefinedElementsCss = Object.entries(RESERVED_BLOCK_SIZE)
  .map(
    ([tag, size]) =>
      `${tag}:not(:defined){display:block;font-size:var(--p311-font-size,medium);min-block-size:var(--p311-min-block-size,${size})}`,
  )
  .join('\n');
