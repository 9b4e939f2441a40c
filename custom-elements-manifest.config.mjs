// The Custom Elements Manifest of an element package (`pnpm run manifest` in packages/elements
// and packages/tow-widget): generated at build time from the sources and their class JSDoc,
// shipped in the package (`customElements` in package.json) and read by Storybook's docs.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; the analyzer would otherwise rewrite the file.
  packagejson: false,
  plugins: [documentedEventsOnly(), publicMembersOnly(), publishedPaths(), importableOnly()],
};

/**
 * Besides the class's `@fires` tags, the analyzer lists each `dispatchEvent(new SomeEvent(…))`
 * it finds, by type, with no name or a wrong one (the first argument's name). The `@fires`
 * entries are the documentation, so they stay, and an event class dispatched without a
 * `@fires {SomeEvent} event-name - description` fails the manifest: a missing tag is a
 * missing doc.
 */
function documentedEventsOnly() {
  return {
    name: 'p311-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const element of customElements(customElementsManifest)) {
        const events = element.events ?? [];
        const documented = events.filter((event) => event.name && event.description);
        for (const found of events.filter((event) => !documented.includes(event))) {
          const type = found.type?.text;
          const generic = !type || type === 'Event' || type === 'CustomEvent';
          if (!generic && documented.some((event) => event.type?.text === type)) continue;
          throw new Error(
            `${element.tagName} dispatches ${found.name || type} without a ` +
              `\`@fires {${type ?? 'Event'}} event-name - description\` in its class JSDoc`,
          );
        }
        element.events = documented;
      }
    },
  };
}

/** Private and protected members (lit `@state`, controllers, lifecycle) are not the API. */
function publicMembersOnly() {
  return {
    name: 'p311-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => !member.privacy || member.privacy === 'public',
          );
        }
      }
    },
  };
}

/**
 * Paths of the published files (`dist/x.js`), not of the sources the package leaves out, and
 * every reference from the package root (the analyzer keeps a re-export's `./x.js` as written).
 */
function publishedPaths() {
  const published = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    name: 'p311-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const fix = (reference) => {
          if (!reference?.module) return;
          const { module: path } = reference;
          reference.module = published(
            path.startsWith('.') ? posix.join(posix.dirname(module.path), path) : path,
          );
        };
        for (const declaration of module.declarations ?? []) {
          fix(declaration.superclass);
          for (const member of declaration.members ?? []) fix(member.inheritedFrom);
        }
        for (const entry of module.exports ?? []) fix(entry.declaration);
        module.path = published(module.path);
      }
    },
  };
}

/**
 * Only what a consumer can reach: the modules of the package's `exports`, the modules they
 * re-export from, and the elements' own modules. Internal modules (string tables, form
 * steps, storage) stay out: the `exports` map does not let anyone import them.
 */
function importableOnly() {
  return {
    name: 'p311-importable-only',
    packageLinkPhase({ customElementsManifest }) {
      const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
      const modules = new Map(customElementsManifest.modules.map((m) => [m.path, m]));
      const kept = new Set();
      const keep = (path) => {
        const module = modules.get(path);
        if (!module || kept.has(path)) return;
        kept.add(path);
        for (const entry of module.exports ?? []) keep(entry.declaration?.module);
      };
      for (const target of Object.values(exports)) {
        keep((typeof target === 'string' ? target : target.default).replace(/^\.\//, ''));
      }
      customElements(customElementsManifest).forEach((element) =>
        customElementsManifest.modules
          .filter((module) => module.declarations?.includes(element))
          .forEach((module) => keep(module.path)),
      );
      customElementsManifest.modules = customElementsManifest.modules.filter((module) =>
        kept.has(module.path),
      );
    },
  };
}

function customElements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement),
  );
}
