import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { unique } from "./pages/inbox-page";
import { customerSendsFile, openConversation, PNG, serveFrom, silentWav } from "./pages/media";

/*
 * Customer files in the thread: what each kind shows, and which of them the agent's browser
 * fetches by itself (only from a host on the supervisors' list; afilnet.com is on it by default).
 * Every file host here is answered by the test: no request leaves the machine.
 */

test.use({ storageState: AUTH_STATE.agent });

const LISTED = "https://media.afilnet.com";
const fresh = () => `wc-e2e-files-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("an image from an unlisted host makes no request until the agent clicks to load it", async ({ page }) => {
  const id = unique("img").replace(/\W/g, "");
  const unlisted = `https://tracker-${id}.example`;
  const listedSeen = await serveFrom(page, LISTED, (route) => route.fulfill({ contentType: "image/png", body: PNG }));
  const unlistedSeen = await serveFrom(page, unlisted, (route) => route.fulfill({ contentType: "image/png", body: PNG }));
  const destination = fresh();
  await customerSendsFile({ type: "image", fileUrl: `${unlisted}/pixel-${id}.png` }, destination);
  await customerSendsFile({ type: "image", fileUrl: `${LISTED}/e2e/photo-${id}.png` }, destination);
  await openConversation(page, destination);

  const messages = page.getByTestId("thread").getByTestId("message");
  const listedImage = messages.nth(1).getByTestId("file-image");
  await expect(listedImage).toHaveAttribute("src", `${LISTED}/e2e/photo-${id}.png`);
  await expect.poll(() => listedImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // The listed image of the same thread has been fetched and drawn: the unlisted one would have been too.
  expect(listedSeen.length).toBeGreaterThan(0);
  expect(unlistedSeen).toEqual([]);

  const gate = messages.first().getByTestId("media-gate");
  await expect(gate.getByTestId("file-kind")).toHaveText("Image");
  await expect(gate.getByTestId("file-name")).toHaveText(`pixel-${id}.png`);
  await expect(messages.first().getByTestId("file-image")).toHaveCount(0);
  const load = gate.getByTestId("media-load");
  await expect(load).toHaveText(`Load image from tracker-${id}.example`);
  await load.click();
  await expect(messages.first().getByTestId("file-image")).toBeVisible();
  await expect.poll(() => unlistedSeen.length).toBeGreaterThan(0);
});

test("voice and audio say which they are, with the file's name and its duration once known", async ({ page }) => {
  const id = unique("snd").replace(/\W/g, "");
  await serveFrom(page, LISTED, (route) => route.fulfill({ contentType: "audio/wav", body: silentWav(1.6) }));
  const destination = fresh();
  await customerSendsFile({ type: "voice", fileUrl: `${LISTED}/e2e/note-${id}.wav` }, destination);
  await customerSendsFile({ type: "audio", fileUrl: `${LISTED}/e2e/song-${id}.wav` }, destination);
  await openConversation(page, destination);

  const voice = page.getByTestId("file-voice");
  const audio = page.getByTestId("file-audio");
  await expect(voice.getByTestId("file-kind")).toHaveText("Voice message");
  await expect(audio.getByTestId("file-kind")).toHaveText("Audio");
  await expect(voice.getByTestId("file-name")).toHaveText(`note-${id}.wav`);
  await expect(audio.getByTestId("file-name")).toHaveText(`song-${id}.wav`);
  await expect(voice.getByTestId("file-duration")).toHaveText("0:02");
  await expect(audio.getByTestId("file-duration")).toHaveText("0:02");
});

test("a video shows its name; an image that cannot be loaded shows its name and a link", async ({ page }) => {
  const id = unique("vid").replace(/\W/g, "");
  await serveFrom(page, LISTED, (route) => route.fulfill({ status: 404, body: "" }));
  const destination = fresh();
  const clip = `${LISTED}/e2e/clip-${id}.mp4`;
  const gone = `${LISTED}/e2e/gone-${id}.jpg`;
  await customerSendsFile({ type: "video", fileUrl: clip }, destination);
  await customerSendsFile({ type: "image", fileUrl: gone }, destination);
  await openConversation(page, destination);

  const video = page.getByTestId("file-video");
  await expect(video.getByTestId("file-kind")).toHaveText("Video");
  await expect(video.getByTestId("file-name")).toHaveText(`clip-${id}.mp4`);
  await expect(video.getByTestId("file-name")).toHaveAttribute("href", clip);

  const broken = page.getByTestId("file-broken");
  await expect(broken).toContainText("This image could not be loaded.");
  await expect(broken.getByTestId("file-name")).toHaveText(`gone-${id}.jpg`);
  await expect(broken.getByTestId("file-name")).toHaveAttribute("href", gone);
  await expect(broken.getByTestId("file-name")).toHaveAttribute("rel", "noopener noreferrer");
});

test.describe("the supervisor's list", () => {
  test.use({ storageState: AUTH_STATE.supervisor });

  test("decides which hosts load by themselves, and refuses what is no host name", async ({ page, browser }) => {
    const id = unique("cdn").replace(/\W/g, "");
    const host = `cdn-${id}.example`;
    await page.goto("/supervisor/queues");
    const settings = page.getByTestId("media-hosts");
    const input = settings.getByLabel("Host name");
    await input.fill("https://nope.example/path");
    await settings.getByRole("button", { name: "Add host" }).click();
    await expect(settings.getByTestId("media-host-error")).toHaveText("Give a host name such as media.example.com, without https:// or a path.");

    await input.fill(host.toUpperCase());
    await settings.getByRole("button", { name: "Add host" }).click();
    await expect(settings.getByTestId("media-host").filter({ hasText: host })).toBeVisible();
    try {
      const agent = await browser.newContext({ storageState: AUTH_STATE.agent });
      const agentPage = await agent.newPage();
      const seen = await serveFrom(agentPage, `https://${host}`, (route) => route.fulfill({ contentType: "image/png", body: PNG }));
      const destination = fresh();
      await customerSendsFile({ type: "image", fileUrl: `https://${host}/p-${id}.png` }, destination);
      await openConversation(agentPage, destination);
      await expect(agentPage.getByTestId("file-image")).toBeVisible();
      await expect(agentPage.getByTestId("media-gate")).toHaveCount(0);
      await expect.poll(() => seen.length).toBeGreaterThan(0);
      await agent.close();
    } finally {
      await page.reload();
      await page.getByTestId("media-hosts").getByRole("button", { name: "Restore the defaults" }).click();
      await expect(page.getByTestId("media-hosts").getByTestId("media-host")).toHaveCount(3);
    }
  });
});
