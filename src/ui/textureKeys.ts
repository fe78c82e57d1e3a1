/** Every generated texture's key, written once. */
import { type IconKey, iconKeys } from './icons';

export const iconTexture = Object.fromEntries(
  iconKeys.map((key) => [key, `icon.${key}`]),
) as Readonly<Record<IconKey, string>>;
