import fs from "node:fs";
import { expect, type Page } from "@playwright/test";

export type Locale = "en" | "es" | "pt" | "pl";
type Tree = { [key: string]: string | Tree };

/** A catalog's sentence by its dotted key ("login.errors.invalid_credentials"; "queues.title" from the queues file). */
export function catalogText(locale: Locale, key: string): string {
  const [first, ...rest] = key.split(".");
  const file = first === "queues" ? `${locale}.queues.json` : `${locale}.json`;
  let node: string | Tree = JSON.parse(fs.readFileSync(`lib/i18n/messages/${file}`, "utf8")) as Tree;
  for (const part of first === "queues" ? rest : [first!, ...rest]) node = (node as Tree)[part]!;
  if (typeof node !== "string") throw new Error(`No sentence ${key} in ${file}`);
  return node;
}

/** The header's language and time zone picker. */
export class PreferencesMenu {
  constructor(readonly page: Page) {}

  async chooseLanguage(locale: Locale) {
    await this.page.getByTestId("preferences-button").click();
    await this.page.getByTestId("language-select").selectOption(locale);
    await expect(this.page.locator("html")).toHaveAttribute("lang", locale);
    // The choice closes the panel by itself (an Esc now would reach the page and close the thread).
    await expect(this.page.getByTestId("preferences-panel")).toBeHidden();
  }
}
