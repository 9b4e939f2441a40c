// Leaflet's `main` is a UMD build; its ES module build has the same API as @types/leaflet.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
