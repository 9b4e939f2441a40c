// TypeDoc plugin. The elements' `static styles` inherit lit's doc comment, which links to
// lit's `css` tag: a symbol these docs do not include. Point that one link at lit's docs, so
// `--treatWarningsAsErrors` keeps catching every other broken link.
/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.addUnknownSymbolResolver((ref) => {
    const path = ref.symbolReference?.path;
    if (path?.length === 1 && path[0].path === 'css') return 'https://lit.dev/docs/api/styles/#css';
    return undefined;
  });
}
