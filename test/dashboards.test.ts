import { describe, expect, it } from 'vitest';
import { isSupportedDashboardUrl } from '../lib/dashboards';

describe('isSupportedDashboardUrl', () => {
  it.each([
    'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome',
    'https://ads.google.com/aw/campaigns?ocid=1',
    'https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1',
    'https://www.facebook.com/adsmanager/manage/campaigns?act=1',
    'https://search.google.com/search-console/performance/search-analytics?resource_id=x',
    'https://lookerstudio.google.com/reporting/abc/page/p1',
  ])('accepts the dashboard %s', (url) => expect(isSupportedDashboardUrl(url)).toBe(true));

  it.each([
    'http://analytics.google.com/analytics/web/',
    'https://analytics.google.com.evil.example/analytics',
    'https://evil.example/?https://analytics.google.com/',
    'https://www.facebook.com/profile.php',
    'chrome-extension://abc/sidepanel.html',
    'not a url',
    undefined,
  ])('refuses %s', (url) => expect(isSupportedDashboardUrl(url)).toBe(false));
});

describe('grantedSitePatterns', () => {
  it('keeps the sites the user allowed beyond the built-in dashboards, never a blanket pattern', async () => {
    const { grantedSitePatterns, SUPPORTED_DASHBOARD_MATCHES } = await import('../lib/dashboards');
    expect(grantedSitePatterns([...SUPPORTED_DASHBOARD_MATCHES, 'https://admin.shopify.com/*', 'https://*/*', 'http://intranet.example/*'])).toEqual([
      'https://admin.shopify.com/*',
    ]);
  });

  it('never takes a dashboard host for a granted site, however the browser spells it', async () => {
    const { grantedSitePatterns } = await import('../lib/dashboards');
    // Chrome reports "https://www.facebook.com/adsmanager/*" as "https://www.facebook.com/*": registering
    // the content script for that would read all of Facebook.
    expect(grantedSitePatterns(['https://www.facebook.com/*', 'https://ADS.google.com/*', 'https://a.example/*'])).toEqual(['https://a.example/*']);
  });
});
