/**
 * Remembers when this process last wrote a "seen at" kind of timestamp per key, so that a
 * write the database would skip anyway (it is less than `everyMs` old) is not even sent.
 */
export function writeAtMostEvery(everyMs: number) {
  const last = new Map<string, number>();
  return (key: string, now: Date): boolean => {
    const previous = last.get(key);
    if (previous !== undefined && now.getTime() - previous < everyMs) return false;
    last.set(key, now.getTime());
    if (last.size > 10_000) last.clear();
    return true;
  };
}
