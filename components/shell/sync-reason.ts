import { afilnetSentence, isKnownAfilnetCode } from "@/lib/contract/afilnet";
import type { Translator } from "@/lib/contract/sentence";

/**
 * Why the sync fails, for the banners: Afilnet's refusal in the reader's language from its
 * code; any other failure (no answer, a fault here) as the server recorded it, with its details.
 */
export function syncReason(sync: { lastError: string | null; lastErrorCode: string | null }, t: Translator): string | null {
  if (sync.lastErrorCode && isKnownAfilnetCode(sync.lastErrorCode)) {
    const { key, values } = afilnetSentence(sync.lastErrorCode);
    return t(key, values);
  }
  return sync.lastError;
}
