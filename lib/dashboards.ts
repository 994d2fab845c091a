/**
 * The dashboards Goalpost reads without asking: these are its only host permissions and the only
 * tabs whose readings the background accepts. Every other site goes through optional permissions.
 */
export const SOURCE_IDS = ['ga4', 'google-ads', 'meta-ads', 'search-console', 'looker-studio', 'generic'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export type DashboardId = Exclude<SourceId, 'generic'>;

/**
 * Where each dashboard lives. Each has a content script of its own (entrypoints/<id>.content.ts) that
 * carries only its reader, so a page loads the code it runs and every script stays well inside the
 * content-script budget however many layouts a reader learns.
 */
export const DASHBOARD_MATCHES = {
  ga4: ['https://analytics.google.com/*'],
  'google-ads': ['https://ads.google.com/*'],
  'meta-ads': ['https://adsmanager.facebook.com/*', 'https://business.facebook.com/*', 'https://www.facebook.com/adsmanager/*'],
  'search-console': ['https://search.google.com/*'],
  'looker-studio': ['https://lookerstudio.google.com/*'],
} as const satisfies Record<DashboardId, readonly string[]>;

export const SUPPORTED_DASHBOARD_MATCHES = Object.values(DASHBOARD_MATCHES).flat();

/** The built content script of each dashboard (WXT names it after the entrypoint). */
export const dashboardScriptFile = (id: DashboardId) => `/content-scripts/${id}.js` as const;

const SUPPORTED_ORIGINS: ReadonlyArray<{ host: string; pathPrefix: string }> = SUPPORTED_DASHBOARD_MATCHES.map((m) => {
  const url = new URL(m.replace('*', ''));
  return { host: url.host, pathPrefix: url.pathname };
});

/** True when `url` is an https page of a supported dashboard (the manifest's own match patterns). */
export function isSupportedDashboardUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  return SUPPORTED_ORIGINS.some((o) => parsed.host === o.host && parsed.pathname.startsWith(o.pathPrefix));
}

/**
 * Whether two URLs show the same dashboard view: same origin and path, and for hash-routed apps
 * (GA4) the same route; query strings and hash parameters (dates, filters) may differ.
 */
export function samePage(a: string, b: string): boolean {
  try {
    const ua = new URL(a);
    const ub = new URL(b);
    const route = (u: URL) => u.hash.split('?')[0]!.replace(/\/_u\..*$/, '');
    return ua.origin === ub.origin && ua.pathname === ub.pathname && route(ua) === route(ub);
  } catch {
    return false;
  }
}

/**
 * Of the host patterns the user has granted, those beyond the supported dashboards: the sites
 * Goalpost reads with its generic reader because the user allowed each one.
 */
export function grantedSitePatterns(origins: readonly string[]): string[] {
  // Chrome reports host permissions without their path ("https://www.facebook.com/adsmanager/*" comes
  // back as "https://www.facebook.com/*"), so compare scheme and host: a dashboard's host is never a
  // granted site, or the content script would run on all of facebook.com.
  const originOf = (pattern: string) => /^[a-z*]+:\/\/[^/]+/i.exec(pattern)?.[0].toLowerCase() ?? pattern;
  const manifest = new Set<string>(SUPPORTED_DASHBOARD_MATCHES.map(originOf));
  return origins.filter((o) => o.startsWith('https://') && o !== 'https://*/*' && !manifest.has(originOf(o)));
}
