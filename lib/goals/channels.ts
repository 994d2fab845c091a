import type { SourceId } from '../dashboards';
import type { Channel } from './types';

/**
 * What a channel means to the numbers: which dashboards *are* that channel, and which rows of a
 * channel table stand for it. A goal "for organic" must read organic numbers — Search Console, or the
 * "Organic Search" row of GA4's channel report — never the site-wide total and never another
 * channel's dashboard (../shared/domain.md, "Channels and phased goals").
 */

/**
 * Dashboards that show one channel only. Google Ads is Google's paid channel: its Search and Display
 * campaigns share one account, and its totals mix them, so a paid-search or display goal on Google Ads
 * reads the totals unless the goal names a campaign (then that campaign's row). Meta Ads Manager is
 * paid social. Search Console is organic Google search.
 */
export const CHANNEL_SOURCES: Readonly<Record<Exclude<SourceId, 'generic'> | 'generic', readonly Channel[]>> = {
  'search-console': ['organic'],
  'google-ads': ['paid-search', 'display'],
  'meta-ads': ['social'],
  ga4: [],
  'looker-studio': [],
  generic: [],
};

/** Whether a dashboard shows one channel only (its totals are never "all traffic"). */
export const isChannelSource = (source: SourceId): boolean => CHANNEL_SOURCES[source].length > 0;

/**
 * The rows of GA4's "Session default channel group" (and Looker Studio reports built on it) that are
 * each channel. GA4 prints these values in English whatever the interface language (the fixtures in
 * fa, ar, zh and th all do), so English names suffice; "Organic Shopping" and "Organic Video" are
 * organic but not search, so an organic-search goal does not take them. GA4 splits social into
 * "Organic Social" and "Paid Social" and either row alone is part of the channel, not all of it: a
 * social goal on GA4 reads a row only when the goal names it as its filter.
 */
export const CHANNEL_ROWS: Readonly<Record<Exclude<Channel, 'all'>, readonly string[]>> = {
  organic: ['Organic Search'],
  'paid-search': ['Paid Search'],
  display: ['Display'],
  social: [],
  email: ['Email'],
  sms: ['SMS'],
  direct: ['Direct'],
  referral: ['Referral'],
};

/** True when a source is (one of) the channel's own dashboards. */
export function sourceIsChannel(source: SourceId, channel: Channel): boolean {
  return CHANNEL_SOURCES[source].includes(channel);
}

/** The channel as the engine's English sentences name it; UIs word the id themselves. */
export const CHANNEL_NAMES_EN: Readonly<Record<Channel, string>> = {
  all: 'all channels',
  organic: 'organic search',
  'paid-search': 'paid search',
  display: 'display',
  social: 'social',
  email: 'email',
  sms: 'SMS',
  direct: 'direct',
  referral: 'referral',
};
