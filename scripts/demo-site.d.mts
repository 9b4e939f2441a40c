/** The demo's site: what the sandbox serves beside its API (see demo-site.mjs). */
export const DEMO_SITE: {
  speed: number;
  staticDir: string;
  mounts: Record<string, string>;
};
