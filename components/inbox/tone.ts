/*
 * The alert sound, made with the Web Audio API: no file to fetch, nothing to fail to decode.
 * Browsers only let a page make sound after a user gesture, so the context is created (or
 * resumed) inside the click that turns alerts on, and resumed on later interactions.
 */

let context: AudioContext | null = null;

/** Call from a click or key handler: creates or wakes the audio context while allowed to. */
export function unlockAudio(): AudioContext | null {
  if (typeof window === "undefined" || !("AudioContext" in window)) return null;
  context ??= new AudioContext();
  if (context.state === "suspended") void context.resume().catch(() => undefined);
  return context;
}


/** Two short notes; answers whether the context was running, i.e. whether sound came out. */
export function playTone(): boolean {
  const audio = context ?? unlockAudio();
  if (!audio) return false;
  if (audio.state === "suspended") void audio.resume().catch(() => undefined);
  const start = audio.currentTime + 0.01;
  for (const [offset, frequency] of [[0, 880], [0.12, 1320]] as const) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.1);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.12);
  }
  return audio.state === "running";
}
