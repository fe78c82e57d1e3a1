/** Web Storage in memory, for tests; `refuse` makes the named calls throw as a full or locked browser does. */
export function memoryStorage(
  initial: Record<string, string> = {},
  refuse: { getItem?: boolean; setItem?: boolean | ((key: string) => boolean) } = {},
) {
  const items = new Map(Object.entries(initial));
  const refuses = (key: string) =>
    typeof refuse.setItem === 'function' ? refuse.setItem(key) : refuse.setItem === true;
  return {
    items,
    getItem: (key: string) => {
      if (refuse.getItem) throw new Error('The operation is insecure.');
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (refuses(key)) throw new Error('QuotaExceededError: the quota has been exceeded');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}
