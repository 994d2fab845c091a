/** The readers of the supported dashboards, most specific first (the dashboards' content script runs these). */
import { ga4 } from './ga4';
import { googleAds } from './google-ads';
import { lookerStudio } from './looker-studio';
import { metaAds } from './meta-ads';
import { searchConsole } from './search-console';
import type { Adapter } from './types';

export const DASHBOARD_ADAPTERS: readonly Adapter[] = [ga4, googleAds, metaAds, searchConsole, lookerStudio];
