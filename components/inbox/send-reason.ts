import { afilnetSentence } from "@/lib/contract/afilnet";
import { errorCodes } from "@/lib/contract/errors";
import type { Translator } from "@/lib/contract/sentence";

/*
 * Why a send did not go out, in the reader's language. The server records a code with each
 * send (an Afilnet code, or one of the outbox's own) and this speaks it from the catalogs, so
 * a failed send reads in the agent's language whoever's request recorded it.
 */

/** Codes the inbox records itself (lib/inbox/send.ts, lib/sync/settle.ts), under `outbox.errors`. */
const OUTBOX_CODES = new Set(["NOT_DELIVERED", "NOT_CHECKED"]);
/** A transport failure leaves a send unconfirmed (lib/afilnet/errors.ts, AfilnetTransportKind). */
const TRANSPORT_KINDS = new Set(["timeout", "network", "http", "malformed"]);

export function sendReason(error: { code: string; message: string } | null, t: Translator): string | undefined {
  if (!error) return undefined;
  // An action's refusal ("not_found"…) was spoken by the server, in this request's language.
  if (Object.prototype.hasOwnProperty.call(errorCodes, error.code)) return error.message;
  if (OUTBOX_CODES.has(error.code)) return t(`outbox.errors.${error.code}`);
  if (TRANSPORT_KINDS.has(error.code)) return t("outbox.errors.unconfirmed");
  const { key, values } = afilnetSentence(error.code);
  return t(key, values);
}
