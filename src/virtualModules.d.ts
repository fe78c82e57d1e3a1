/** Modules made by the game's Vite plugins (scripts/vite). */
declare module 'virtual:scenario-catalogue' {
  import type { CatalogueEntry } from './content/scenarioCatalogue';

  const catalogue: CatalogueEntry[];
  export default catalogue;
}
