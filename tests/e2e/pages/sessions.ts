import { signedIn } from "../security/http";
import { AUTH_STATE, DEMO } from "./login-page";

/**
 * Signs the demo agent or supervisor in again and saves the session for the specs that run
 * after: signing out, deactivating or changing a role ends every session of that person,
 * including the one auth.setup.ts saved.
 */
export async function renewSavedSession(role: keyof typeof AUTH_STATE): Promise<void> {
  const client = await signedIn(DEMO[role].email, DEMO[role].password);
  try {
    await client.storageState({ path: AUTH_STATE[role] });
  } finally {
    await client.dispose();
  }
}
