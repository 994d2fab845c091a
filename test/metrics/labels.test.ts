import { describe, expect, it } from 'vitest';
import { metricFromLabel, normaliseLabel } from '../../lib/metrics/labels';
import { metricDisplayName } from '../../lib/metrics/names';

describe('metricFromLabel — real dashboard strings', () => {
  it.each([
    // GA4
    ['Sessions', 'sessions'], ['Active users', 'active-users'], ['Total users', 'users'], ['New users', 'new-users'],
    ['Views', 'pageviews'], ['Engagement rate', 'engagement-rate'], ['Bounce rate', 'bounce-rate'],
    ['Key events', 'conversions'], ['Conversions', 'conversions'], ['Total revenue', 'revenue'],
    ['Average engagement time', 'avg-engagement-time'], ['Engaged sessions', 'engaged-sessions'],
    // Google Ads
    ['Cost', 'cost'], ['Clicks', 'clicks'], ['Impr.', 'impressions'], ['CTR', 'ctr'], ['Avg. CPC', 'cpc'],
    ['Cost / conv.', 'cpa'], ['Conv. rate', 'conversion-rate'], ['Conv. value', 'revenue'], ['Conv. value / cost', 'roas'],
    // Meta
    ['Amount spent', 'cost'], ['Results', 'conversions'], ['Reach', 'reach'], ['Impressions', 'impressions'],
    ['Cost per result', 'cpa'], ['Purchase ROAS (return on ad spend)', 'roas'], ['CTR (link click-through rate)', 'ctr'],
    ['CPM (cost per 1,000 impressions)', 'cpm'], ['Link clicks', 'clicks'], ['CPC (cost per link click)', 'cpc'],
    // Search Console
    ['Total clicks', 'clicks'], ['Total impressions', 'impressions'], ['Average CTR', 'ctr'], ['Average position', 'average-position'],
  ] as const)('en %s → %s', (label, id) => expect(metricFromLabel(label)).toBe(id));

  it.each([
    ['جلسه‌ها', 'sessions'], ['کاربران فعال', 'active-users'], ['نرخ پرش', 'bounce-rate'], ['نرخ تبدیل', 'conversion-rate'],
    ['نرخ کلیک', 'ctr'], ['هزینه', 'cost'],
    ['الجلسات', 'sessions'], ['المستخدمون النشطون', 'active-users'], ['معدل الارتداد', 'bounce-rate'],
    ['معدل التحويل', 'conversion-rate'], ['تكلفة اكتساب المستهلك', 'cac'],
    ['工作階段', 'sessions'], ['活躍使用者', 'active-users'], ['会话数', 'sessions'], ['活跃用户', 'active-users'],
    ['跳出率', 'bounce-rate'], ['轉換率', 'conversion-rate'], ['點擊率', 'ctr'], ['開啟率', 'open-rate'], ['退訂率', 'unsubscribe-rate'],
    ['Sitzungen', 'sessions'], ['Absprungrate', 'bounce-rate'], ['Taux de rebond', 'bounce-rate'], ['Porcentaje de rebote', 'bounce-rate'],
  ] as const)('%s → %s', (label, id) => expect(metricFromLabel(label)).toBe(id));
});

describe('metricFromLabel — normalisation', () => {
  it('ignores case, surrounding and repeated whitespace, NBSP and trailing colons', () => {
    expect(metricFromLabel('  SESSIONS  ')).toBe('sessions');
    expect(metricFromLabel('Active\u00a0users')).toBe('active-users');
    expect(metricFromLabel('Active   users:')).toBe('active-users');
    expect(metricFromLabel('Bounce rate *')).toBe('bounce-rate');
  });

  it('treats Persian ZWNJ, a space, or nothing between stem and suffix alike', () => {
    expect(metricFromLabel('جلسه\u200cها')).toBe('sessions');
    expect(metricFromLabel('جلسه ها')).toBe('sessions');
    expect(metricFromLabel('جلسهها')).toBe('sessions');
  });

  it('accepts Arabic yeh/kaf for Persian labels and strips bidi marks and tatweel', () => {
    expect(metricFromLabel('کاربران فعال'.replace(/ی/g, 'ي'))).toBe('active-users');
    expect(metricFromLabel('نرخ کلیک'.replace(/ک/g, 'ك').replace(/ی/g, 'ي'))).toBe('ctr');
    expect(metricFromLabel('\u200fالجلسات\u200f')).toBe('sessions');
    expect(metricFromLabel('\u2067معدل الارتداد\u2069')).toBe('bounce-rate');
    expect(metricFromLabel('معـــدل الارتداد')).toBe('bounce-rate');
  });

  it('accepts Arabic with or without hamza on alef', () => {
    expect(metricFromLabel('اجمالي المستخدمين')).toBe('users');
    expect(metricFromLabel('إجمالي المستخدمين')).toBe('users');
  });

  it('folds full-width forms (NFKC) and spacing around slashes', () => {
    expect(metricFromLabel('ＣＴＲ')).toBe('ctr');
    expect(metricFromLabel('Cost/conv.')).toBe('cpa');
    expect(metricFromLabel('轉換價值/費用')).toBe('roas');
    expect(metricFromLabel("Taux d’engagement")).toBe('engagement-rate');
  });

  it('drops neutral trailing qualifiers (currency, attribution, "all") but keeps meaning-changing ones', () => {
    expect(metricFromLabel('Cost (USD)')).toBe('cost');
    expect(metricFromLabel('Amount spent (€)')).toBe('cost');
    expect(metricFromLabel('Results (7-day click or 1-day view)')).toBe('conversions');
    expect(metricFromLabel('Conversions (by conv. time)')).toBe('conversions');
    expect(metricFromLabel('Users (returning)')).toBeNull();
    expect(metricFromLabel('Sessions (organic search only)')).toBeNull();
    expect(metricFromLabel('CTR (click-through rate)')).toBe('ctr');
    expect(metricFromLabel('Clicks (cost per click)')).toBeNull();
  });

  it('returns null for unknown labels and never guesses from a partial match', () => {
    expect(metricFromLabel('')).toBeNull();
    expect(metricFromLabel('   ')).toBeNull();
    expect(metricFromLabel('Session')).toBeNull();
    expect(metricFromLabel('Sessions per user')).toBeNull();
    expect(metricFromLabel('Event count')).toBeNull();
    expect(metricFromLabel('Rate')).toBeNull();
    expect(metricFromLabel('(USD)')).toBeNull();
  });

  it('normaliseLabel is idempotent', () => {
    for (const s of ['Cost / conv.', 'جلسه\u200cها', ' ＣＴＲ (all) ', 'نرخ كليك']) {
      expect(normaliseLabel(normaliseLabel(s))).toBe(normaliseLabel(s));
    }
  });
});

describe('metricDisplayName', () => {
  it('uses the first label of the language', () => {
    expect(metricDisplayName('sessions')).toBe('Sessions');
    expect(metricDisplayName('sessions', 'fa')).toBe('جلسه‌ها');
    expect(metricDisplayName('bounce-rate', 'ar')).toBe('معدل الارتداد');
    expect(metricDisplayName('sessions', 'zh-Hant')).toBe('工作階段');
    expect(metricDisplayName('cpa', 'en')).toBe('CPA');
  });
});

describe('label gaps found on real dashboards', () => {
  it.each([
    ['Average engagement time per active user', 'avg-engagement-time'], // GA4
    ['Position', 'average-position'], ['الموضع', 'average-position'], ['排名', 'average-position'], // Search Console table
    ['消耗', 'cost'], ['平均点击成本', 'cpc'], // TikTok Ads zh
    ['购买量', 'purchases'], // Meta zh result type
  ] as const)('%s → %s', (label, id) => expect(metricFromLabel(label)).toBe(id));

  it('drops a neutral Arabic or Persian qualifier whatever the letter forms ("(الكل)", "(الإجمالي)", "(کل)")', () => {
    expect(metricFromLabel('نسبة النقر إلى الظهور (الكل)')).toBe('ctr');
    expect(metricFromLabel('نسبة النقر إلى الظهور (الکل)')).toBe('ctr');
    expect(metricFromLabel('النقرات (الإجمالي)')).toBe('clicks');
    expect(metricFromLabel('کلیک‌ها (کل)')).toBe('clicks');
    expect(metricFromLabel('کلیک‌ها (همه)')).toBe('clicks');
    expect(metricFromLabel('点击次数 (总计)')).toBe('clicks');
    // Not neutral: still unknown.
    expect(metricFromLabel('النقرات (العائدون)')).toBeNull();
  });
});
