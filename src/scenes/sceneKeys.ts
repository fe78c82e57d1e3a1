/** Every scene's key, written once. */
export const SceneKey = {
  title: 'title',
  board: 'board',
  decision: 'decision',
  results: 'results',
  quarter: 'quarter',
  end: 'end',
  debrief: 'debrief',
  overlay: 'overlay',
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];
