import { Locator, Page } from "playwright-core";

/** The task pane of the workbench page (its one complementary region, named in the page's language). */
export const paneOf = (page: Page): Locator => page.getByRole("complementary");

/**
 * Opens a job the way a user does: its tab when it is in the current group, else the group menu (the
 * navigation's one button, "<group>, all jobs") and the job's item there. Works in every language.
 */
export async function openJob(page: Page, job: string): Promise<void> {
  const nav = paneOf(page).getByRole("navigation");
  const tab = nav.getByRole("tab", { name: job, exact: true });
  if ((await tab.count()) > 0) {
    await tab.click();
    return;
  }
  await nav.getByRole("button").click();
  await page.getByRole("menuitemradio", { name: job, exact: true }).click();
  // The pane's main region is named "<group>: <job>" after the job open.
  const escaped = job.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await paneOf(page).getByRole("main", { name: new RegExp(`: ${escaped}$`) }).waitFor();
}
