/**
 * Team sync's messages at the router: only Goalpost's own pages may send them, and what they carry is
 * checked before the engine sees it.
 */
import { describe, expect, it } from 'vitest';
import { MessageRouter, type Handlers, type Sender } from '../../lib/background/router';
import { createSync } from '../../lib/background/sync-handlers';
import { goal, makeDevice, unique } from './helpers';

const EXT_ID = 'goalpostextensionid';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const GA4 = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';
const fromOptions: Sender = { id: EXT_ID, url: `${ORIGIN}options.html` };
const fromDashboard: Sender = { id: EXT_ID, url: GA4, tab: { id: 7, url: GA4 } };

function setup() {
  const device = makeDevice('alice', unique('server'));
  const sync = createSync({ engine: device.engine, alarms: { create: () => {}, clear: () => {}, get: async () => undefined }, setTimer: () => null, clearTimer: () => {} });
  // Only the sync messages are under test; any other kind reaching a handler would be a failure here.
  const others = new Proxy({}, { get: () => async () => { throw new Error('not in these tests'); } }) as Handlers;
  return { device, router: new MessageRouter({ extensionId: EXT_ID, extensionOrigin: ORIGIN, isGrantedPage: async () => false }, { ...others, ...sync.handlers }) };
}

describe('team sync messages', () => {
  it('refuses them from a dashboard tab, even ours', async () => {
    const { router, device } = setup();
    const reply = await router.handle({ kind: 'page/sync-configure', payload: { config: device.config } }, fromDashboard);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining("Goalpost's own pages") });
    expect(await router.handle({ kind: 'page/sync-status', payload: {} }, fromDashboard)).toMatchObject({ ok: false });
    expect(await device.engine.config()).toBeNull();
  });

  it('checks the server settings’ shape and a merged goal before the engine sees them', async () => {
    const { router, device } = setup();
    const bad = [
      { config: { ...device.config, enabled: 'yes' } },
      { config: { ...device.config, url: 'x'.repeat(3000) } },
      { config: { url: 'https://couch.example.com', database: 'team' } },
    ];
    for (const payload of bad) expect(await router.handle({ kind: 'page/sync-configure', payload }, fromOptions)).toMatchObject({ ok: false, error: expect.stringMatching(/^Bad page\/sync-configure message/) });
    const brokenGoal = { ...goal(), target: { kind: 'reach', value: 'lots', setAt: '2026-11-24T12:00:00.000Z' } };
    expect(await router.handle({ kind: 'page/sync-resolve', payload: { goalId: 'g-sessions', choice: { keep: 'merged', goal: brokenGoal } } }, fromOptions)).toMatchObject({ ok: false, error: expect.stringMatching(/^Bad page\/sync-resolve message/) });
    expect(await router.handle({ kind: 'page/sync-resolve', payload: { goalId: 'g-sessions', choice: { keep: 'everything' } } }, fromOptions)).toMatchObject({ ok: false });
    expect(await device.engine.config()).toBeNull();
  });

  it('answers the status without the password, and says when sync is not set up', async () => {
    const { router, device } = setup();
    expect(await router.handle({ kind: 'page/sync-configure', payload: { config: device.config } }, fromOptions)).toMatchObject({ ok: true, data: { state: 'idle' } });
    const status = await router.handle({ kind: 'page/sync-status', payload: {} }, fromOptions);
    expect(status).toMatchObject({ ok: true, data: { state: 'idle', server: { url: 'https://couch.example.com', database: 'goalpost-team', user: 'alice' } } });
    expect(JSON.stringify(status)).not.toContain(device.config.password);
    const { router: fresh } = setup();
    expect(await fresh.handle({ kind: 'page/sync-resolve', payload: { goalId: 'g-sessions', choice: { keep: 'mine' } } }, fromOptions)).toMatchObject({ ok: false, error: 'Team sync is not set up.' });
  });
});
