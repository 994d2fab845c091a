import { afterEach, describe, expect, it, vi } from 'vitest';
import * as api from './api-mock';
import { settings, noPage } from './fixtures';
import { startFirstRequests, takeFirstSettings, takeFirstView } from '../../components/first-requests';

vi.mock('../../components/api', () => import('./api-mock'));

// The slot the early script and the page's modules share; emptied between tests.
afterEach(() => {
  takeFirstSettings();
  takeFirstView();
});

function serve() {
  api.setHandlers({ 'page/get-settings': () => settings(), 'page/get-tab-view': ({ tabId }) => ({ ...noPage(), tabId }) });
}

describe('the side panel’s first requests (asked by its early script before its modules load)', () => {
  it('asks once: the page’s own prefetch after the early script sends nothing more, and takes the early answers', async () => {
    serve();
    startFirstRequests({ withView: true }); // the early script
    startFirstRequests({ withView: false }); // AppRoot's prefetch
    startFirstRequests({ withView: true }); // the panel's prefetch
    expect(api.sent('page/get-settings')).toHaveLength(1);
    await Promise.resolve();
    // Only the goals that fill the window (none in this test: a 1,200 px default, 5 cards of ~250 px).
    await vi.waitFor(() => expect(api.sent('page/get-tab-view')).toEqual([{ tabId: 7, firstScreen: 5 }]));
    await expect(takeFirstSettings()).resolves.toMatchObject({ uiLanguage: settings().uiLanguage });
    const first = takeFirstView()!;
    await expect(first.tabId).resolves.toBe(7);
    await expect(first.view).resolves.toMatchObject({ tabId: 7 });
  });

  it('gives each answer once: a second take asks the background again', async () => {
    serve();
    startFirstRequests({ withView: true });
    expect(takeFirstSettings()).not.toBeNull();
    expect(takeFirstSettings()).toBeNull();
    expect(takeFirstView()).not.toBeNull();
    expect(takeFirstView()).toBeNull();
  });

  it('drops an answer the background says has changed since it was asked', async () => {
    serve();
    startFirstRequests({ withView: true });
    await vi.waitFor(() => expect(api.sent('page/get-tab-view')).toHaveLength(1));
    api.broadcastViewChanged(7); // a new reading on this tab
    await Promise.resolve();
    expect(takeFirstView()!.view).toBeNull();
    // The settings did not change (that is announced with no tab).
    expect(takeFirstSettings()).not.toBeNull();
  });

  it('keeps the view when another tab changed, drops the settings when they changed', async () => {
    serve();
    startFirstRequests({ withView: true });
    api.broadcastViewChanged(99);
    await Promise.resolve();
    await Promise.resolve();
    expect(takeFirstView()!.view).not.toBeNull();
    startFirstRequests({ withView: false });
    api.broadcastViewChanged(null);
    expect(takeFirstSettings()).toBeNull();
  });
});
