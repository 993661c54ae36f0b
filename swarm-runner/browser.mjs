// Headless Debian Chromium through selenium-webdriver 4.46 with explicit paths (nothing is
// downloaded) and the flags of browser-testing.md §2: the base flags plus the WebRTC loopback
// recipe (plain 127.0.0.1 host candidates, no mDNS multicast).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder } from "selenium-webdriver";
import chrome from "selenium-webdriver/chrome.js";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMEDRIVER = "/usr/bin/chromedriver";

const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-breakpad", "--mute-audio", "--autoplay-policy=no-user-gesture-required",
  "--disable-dev-shm-usage",
  "--allow-loopback-in-peer-connection", "--disable-features=WebRtcHideLocalIpsWithMdns",
  "--use-fake-ui-for-media-stream",
];

/** Launches one browser; resolves with {driver, quit()} (quit also deletes the profile). */
export async function launchChromium(name) {
  process.env.SE_OFFLINE = "true";
  const profile = mkdtempSync(join(tmpdir(), `swarm-runner-${name}-`));
  const options = new chrome.Options()
    .setChromeBinaryPath(CHROMIUM)
    .addArguments(...FLAGS, "--window-size=1280,800", `--user-data-dir=${profile}`);
  let driver;
  try {
    driver = await new Builder()
      .forBrowser("chrome")
      .setChromeOptions(options)
      .setChromeService(new chrome.ServiceBuilder(CHROMEDRIVER))
      .build();
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  let quitting = null;
  const quit = () => {
    quitting ??= driver.quit().catch(() => {}).finally(() => {
      rmSync(profile, { recursive: true, force: true });
    });
    return quitting;
  };
  return { driver, quit };
}
