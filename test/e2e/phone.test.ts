/** On a phone-sized screen the plan fits the width: nothing makes the page scroll sideways. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/artifacts.js';
import { claimTopic, createAsk, logCheckIn, startFitTest } from './support/journal.js';
import { expectCompletePlan } from './support/plan-page.js';
import { planPath, RESEARCH_STUDENT } from './support/profiles.js';
import { useBrowserSession } from './support/session.js';

const session = useBrowserSession();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  scrolledX: number;
  /** The innermost elements reaching past the right edge, for the failure message. */
  wide: string[];
}

/** Measures horizontal overflow in the page (the script runs in the browser). */
function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate<Overflow>(`(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const past = (el) =>
      el.getBoundingClientRect().right > width + 1 ||
      (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible');
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => past(el) && ![...el.children].some(past))
      .slice(0, 10)
      .map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
        (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
        ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px, content ' + el.scrollWidth + 'px wide)');
    window.scrollTo({ left: 10000, top: 0, behavior: 'instant' });
    const scrolledX = window.scrollX;
    window.scrollTo({ left: 0, top: 0, behavior: 'instant' });
    return { scrollWidth: root.scrollWidth, clientWidth: width, scrolledX, wide };
  })()`);
}

describe('the plan on a phone (390×844)', () => {
  it('has no horizontal scroll', async () => {
    const page = await session.newPage(PHONE);
    const profile = { ...RESEARCH_STUDENT, notes: `A long note without spaces: ${'x'.repeat(120)}` };
    await page.goto(session.server.at(planPath(profile)));
    await expectCompletePlan(page);
    await page.getByText('Show the answers this plan is based on').click();
    const overflow = await measureOverflow(page);
    await screenshot(page, 'phone-plan');
    expect(overflow.clientWidth).toBe(390);
    expect(overflow, `wider than the screen: ${overflow.wide.join(', ')}`).toMatchObject({ scrolledX: 0 });
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
  });
});

describe('the journal on a phone (390×844)', () => {
  it('has no horizontal scroll on the dashboard, an experiment, the fit page, a timeline or an ask', async () => {
    const { server } = session;
    const experiment = await startFitTest(server, 'replicate-interpretability-result');
    await logCheckIn(server, experiment, 2, 3);
    const expertise = await claimTopic(server, 'global-gpu-tracking');
    const ask = await createAsk(server, {
      title: 'An ask',
      ask: `A long ask without spaces: ${'x'.repeat(120)}`,
    });
    const page = await session.newPage(PHONE);
    for (const path of [
      '/experiments',
      `/experiments/${experiment}`,
      '/fit',
      `/expertise/${expertise}`,
      `/asks/${ask}`,
    ]) {
      await page.goto(server.at(path));
      const overflow = await measureOverflow(page);
      expect(overflow.clientWidth).toBe(390);
      expect(overflow, `${path} is wider than the screen: ${overflow.wide.join(', ')}`).toMatchObject({
        scrolledX: 0,
      });
      expect(overflow.scrollWidth, `${path}: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(
        overflow.clientWidth,
      );
    }
    await page.goto(server.at('/experiments'));
    await screenshot(page, 'phone-experiments');
  });
});
