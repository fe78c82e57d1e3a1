/**
 * The scenarios the browser offers, checked when the game was built (see
 * scripts/vite/scenarioCatalogue.ts): loaded ones ready to play, broken ones
 * with their errors for the title to show.
 */
import shipped from 'virtual:scenario-catalogue';
import type { CatalogueEntry } from '../content/scenarioCatalogue';

export type { CatalogueEntry } from '../content/scenarioCatalogue';

export function shippedCatalogue(): CatalogueEntry[] {
  return shipped;
}
