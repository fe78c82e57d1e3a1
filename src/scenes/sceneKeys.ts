/** Every scene's key, written once. */
export const SceneKey = {
  title: 'title',
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];
