import type { Browser } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser), as root, without the network it cannot reach. */
export const CHROMIUM: { executablePath: string; args: string[] };
export function launchChromium(): Promise<Browser>;
