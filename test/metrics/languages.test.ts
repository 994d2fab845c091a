import { describe, expect, it } from 'vitest';
import { LABEL_LANGUAGES, METRIC_IDS } from '../../lib/metrics/catalogue';
import { METRIC_LABELS } from '../../lib/metrics/metric-labels';
import { LABELS_BY_LANGUAGE } from '../../lib/metrics/lang';
import { conflictingLabels, metricFromLabel, normaliseLabel } from '../../lib/metrics/labels';
import { metricDisplayName } from '../../lib/metrics/names';
import type { LabelLanguage, MetricId } from '../../lib/metrics/types';

/** Every language a dashboard speaks: the catalogue's labels in all of them, none naming two metrics. */

const ALL_LANGUAGES: LabelLanguage[] = [
  'en', 'fa', 'ar', 'zh-Hant', 'zh-Hans', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk',
  'tr', 'ja', 'ko', 'id', 'vi', 'th', 'he', 'hi',
];

/** The key labels.ts falls back to: the normalised label with every space removed. */
const compact = (label: string) => normaliseLabel(label).replace(/ /g, '');

/** Every (language, metric, label) in the catalogue. */
function allLabels(): Array<{ lang: LabelLanguage; id: MetricId; label: string }> {
  return LABEL_LANGUAGES.flatMap((lang) =>
    METRIC_IDS.flatMap((id) => METRIC_LABELS[id][lang].map((label) => ({ lang, id, label }))),
  );
}

/** Keys claimed by more than one metric, under the given key function, over the given labels. */
function clashes(entries: ReturnType<typeof allLabels>, key: (label: string) => string): string[] {
  const owners = new Map<string, Set<string>>();
  for (const { lang, id, label } of entries) {
    const k = key(label);
    const set = owners.get(k) ?? new Set<string>();
    set.add(`${id} (${lang} "${label}")`);
    owners.set(k, set);
  }
  return [...owners]
    .filter(([, ids]) => new Set([...ids].map((s) => s.split(' ')[0])).size > 1)
    .map(([k, ids]) => `${k}: ${[...ids].join(', ')}`);
}

describe('label languages', () => {
  it('lists every language the dashboards are used in, each once', () => {
    expect([...LABEL_LANGUAGES].sort()).toEqual([...ALL_LANGUAGES].sort());
    expect(new Set(LABEL_LANGUAGES).size).toBe(LABEL_LANGUAGES.length);
    expect(Object.keys(LABELS_BY_LANGUAGE).sort()).toEqual([...ALL_LANGUAGES].sort());
  });

  it.each(ALL_LANGUAGES)('%s has at least one label for every catalogue metric', (lang) => {
    const missing = METRIC_IDS.filter((id) => METRIC_LABELS[id][lang].length === 0);
    expect(missing).toEqual([]);
    // The catalogue is assembled from the language file, not copied by hand.
    for (const id of METRIC_IDS) expect(METRIC_LABELS[id][lang]).toEqual(LABELS_BY_LANGUAGE[lang][id]);
  });

  it.each(ALL_LANGUAGES)('%s names no two metrics with one label (normalised or compacted)', (lang) => {
    const mine = allLabels().filter((e) => e.lang === lang);
    expect(clashes(mine, normaliseLabel)).toEqual([]);
    expect(clashes(mine, compact)).toEqual([]);
  });

  it('no label names two metrics across all languages together (the lookup is language-blind)', () => {
    expect(clashes(allLabels(), normaliseLabel)).toEqual([]);
    expect(clashes(allLabels(), compact)).toEqual([]);
    expect(conflictingLabels()).toEqual([]);
  });

  it('lists no label twice for the same metric in one language', () => {
    // Two pre-existing pairs differ only by spaces and are kept (existing labels are never removed).
    const known = new Set(['en pageviews pageviews', 'fa open-rate نرخبازشدنایمیل']);
    const repeats: string[] = [];
    for (const lang of LABEL_LANGUAGES) {
      for (const id of METRIC_IDS) {
        const seen = new Set<string>();
        for (const label of METRIC_LABELS[id][lang]) {
          const k = compact(label);
          if (seen.has(k) && !known.has(`${lang} ${id} ${k}`)) repeats.push(`${lang} ${id} "${label}"`);
          seen.add(k);
        }
      }
    }
    expect(repeats).toEqual([]);
  });

  it('keeps the display names of the UI languages (en, fa, ar, zh-Hant, zh-Hans) as they were', () => {
    const names: Record<string, Record<MetricId, string>> = {
      'en': {
        sessions: 'Sessions', users: 'Users', 'active-users': 'Active users', 'new-users': 'New users',
        'returning-users': 'Returning users', pageviews: 'Views', 'engaged-sessions': 'Engaged sessions',
        impressions: 'Impressions', clicks: 'Clicks', reach: 'Reach', followers: 'Followers', subscribers: 'Subscribers',
        leads: 'Leads', conversions: 'Conversions', purchases: 'Purchases', revenue: 'Revenue', cost: 'Cost',
        'conversion-rate': 'Conversion rate', ctr: 'CTR', cpc: 'CPC', cpm: 'CPM', cpa: 'CPA', roas: 'ROAS', cac: 'CAC',
        cltv: 'Customer lifetime value', 'bounce-rate': 'Bounce rate', 'engagement-rate': 'Engagement rate',
        'returning-visitor-share': 'Returning visitor share', 'avg-engagement-time': 'Average engagement time',
        'open-rate': 'Open rate', 'click-rate': 'Click rate', 'unsubscribe-rate': 'Unsubscribe rate', csat: 'CSAT',
        'average-position': 'Average position', 'new-customers': 'New customers', 'cost-per-lead': 'Cost per lead', aov: 'Average order value',
      },
      'fa': {
        sessions: 'جلسه‌ها', users: 'کاربران', 'active-users': 'کاربران فعال', 'new-users': 'کاربران جدید',
        'returning-users': 'کاربران بازگشتی', pageviews: 'بازدیدها', 'engaged-sessions': 'جلسه‌های با تعامل',
        impressions: 'نمایش‌ها', clicks: 'کلیک‌ها', reach: 'دسترسی', followers: 'دنبال‌کنندگان', subscribers: 'مشترکان',
        leads: 'سرنخ‌ها', conversions: 'تبدیل‌ها', purchases: 'خریدها', revenue: 'درآمد', cost: 'هزینه',
        'conversion-rate': 'نرخ تبدیل', ctr: 'نرخ کلیک', cpc: 'هزینه هر کلیک', cpm: 'هزینه هر هزار نمایش',
        cpa: 'هزینه هر تبدیل', roas: 'بازگشت هزینه تبلیغات', cac: 'هزینه جذب مشتری', cltv: 'ارزش طول عمر مشتری',
        'bounce-rate': 'نرخ پرش', 'engagement-rate': 'نرخ تعامل', 'returning-visitor-share': 'سهم بازدیدکنندگان بازگشتی',
        'avg-engagement-time': 'میانگین زمان تعامل', 'open-rate': 'نرخ باز شدن', 'click-rate': 'نرخ کلیک ایمیل',
        'unsubscribe-rate': 'نرخ لغو اشتراک', csat: 'رضایت مشتری', 'average-position': 'میانگین موقعیت', 'new-customers': 'مشتریان جدید', 'cost-per-lead': 'هزینه هر سرنخ', aov: 'میانگین ارزش سفارش',
      },
      'ar': {
        sessions: 'الجلسات', users: 'المستخدمون', 'active-users': 'المستخدمون النشطون', 'new-users': 'المستخدمون الجدد',
        'returning-users': 'المستخدمون العائدون', pageviews: 'المشاهدات',
        'engaged-sessions': 'الجلسات التي تفاعل معها المستخدمون', impressions: 'مرات الظهور', clicks: 'النقرات',
        reach: 'الوصول', followers: 'المتابعون', subscribers: 'المشتركون', leads: 'العملاء المحتملون',
        conversions: 'التحويلات', purchases: 'عمليات الشراء', revenue: 'الإيرادات', cost: 'التكلفة',
        'conversion-rate': 'معدل التحويل', ctr: 'نسبة النقر إلى الظهور', cpc: 'تكلفة النقرة', cpm: 'التكلفة لكل ألف ظهور',
        cpa: 'التكلفة لكل تحويل', roas: 'عائد الإنفاق على الإعلانات', cac: 'تكلفة اكتساب العميل',
        cltv: 'القيمة الدائمة للعميل', 'bounce-rate': 'معدل الارتداد', 'engagement-rate': 'معدل التفاعل',
        'returning-visitor-share': 'نسبة الزوار العائدين', 'avg-engagement-time': 'متوسط مدة التفاعل',
        'open-rate': 'معدل الفتح', 'click-rate': 'معدل النقر في البريد الإلكتروني',
        'unsubscribe-rate': 'معدل إلغاء الاشتراك', csat: 'رضا العملاء', 'average-position': 'متوسط الموضع', 'new-customers': 'العملاء الجدد', 'cost-per-lead': 'التكلفة لكل عميل محتمل', aov: 'متوسط قيمة الطلب',
      },
      'zh-Hant': {
        sessions: '工作階段', users: '使用者', 'active-users': '活躍使用者', 'new-users': '新使用者', 'returning-users': '回訪使用者',
        pageviews: '瀏覽', 'engaged-sessions': '互動工作階段', impressions: '曝光', clicks: '點擊', reach: '觸及人數', followers: '粉絲',
        subscribers: '訂閱者', leads: '潛在客戶', conversions: '轉換', purchases: '購買', revenue: '總收益', cost: '費用',
        'conversion-rate': '轉換率', ctr: '點閱率', cpc: '單次點擊費用', cpm: '千次曝光費用', cpa: '單次轉換費用', roas: '廣告投資報酬率', cac: '顧客取得成本',
        cltv: '顧客終身價值', 'bounce-rate': '跳出率', 'engagement-rate': '參與度', 'returning-visitor-share': '回訪訪客比例',
        'avg-engagement-time': '平均參與時間', 'open-rate': '開啟率', 'click-rate': '電子郵件點擊率', 'unsubscribe-rate': '退訂率',
        csat: '顧客滿意度', 'average-position': '平均排名', 'new-customers': '新顧客', 'cost-per-lead': '每位潛在客戶成本', aov: '平均訂單價值',
      },
      'zh-Hans': {
        sessions: '会话数', users: '用户', 'active-users': '活跃用户', 'new-users': '新用户', 'returning-users': '回访用户',
        pageviews: '浏览次数', 'engaged-sessions': '互动会话数', impressions: '展示次数', clicks: '点击次数', reach: '覆盖人数',
        followers: '粉丝', subscribers: '订阅者', leads: '潜在客户', conversions: '转化次数', purchases: '购买次数', revenue: '总收入',
        cost: '费用', 'conversion-rate': '转化率', ctr: '点击率', cpc: '每次点击费用', cpm: '千次展示费用', cpa: '每次转化费用', roas: '广告支出回报率',
        cac: '获客成本', cltv: '客户终身价值', 'bounce-rate': '跳出率', 'engagement-rate': '互动率', 'returning-visitor-share': '回访用户比例',
        'avg-engagement-time': '平均互动时长', 'open-rate': '打开率', 'click-rate': '邮件点击率', 'unsubscribe-rate': '退订率',
        csat: '客户满意度', 'average-position': '平均排名', 'new-customers': '新客户', 'cost-per-lead': '单次潜在客户费用', aov: '平均订单价值',
      },
    };
    for (const [lang, byId] of Object.entries(names)) {
      for (const id of METRIC_IDS) expect(metricDisplayName(id, lang as LabelLanguage), `${id} in ${lang}`).toBe(byId[id]);
    }
  });
});

describe('metricFromLabel — the new languages', () => {
  it.each([
    // Japanese: GA4, Search Console, Google Ads, Meta
    ['セッション', 'sessions'], ['アクティブ ユーザー', 'active-users'], ['アクティブユーザー数', 'active-users'],
    ['新規ユーザー数', 'new-users'], ['総ユーザー数', 'users'], ['エンゲージのあったセッション数', 'engaged-sessions'],
    ['エンゲージメント率', 'engagement-rate'], ['平均エンゲージメント時間', 'avg-engagement-time'], ['キーイベント', 'conversions'],
    ['総収益', 'revenue'], ['直帰率', 'bounce-rate'], ['セッション キーイベント率', 'conversion-rate'],
    ['合計クリック数', 'clicks'], ['合計表示回数', 'impressions'], ['平均 CTR', 'ctr'], ['平均掲載順位', 'average-position'],
    ['クリック数', 'clicks'], ['費用', 'cost'], ['コンバージョン', 'conversions'], ['コンバージョン単価', 'cpa'],
    ['平均クリック単価', 'cpc'], ['消化金額', 'cost'], ['リーチ', 'reach'], ['結果の単価', 'cpa'], ['平均ページ滞在時間', 'avg-engagement-time'],
    // Korean
    ['세션수', 'sessions'], ['활성 사용자', 'active-users'], ['참여율', 'engagement-rate'], ['참여 세션수', 'engaged-sessions'],
    ['클릭수', 'clicks'], ['노출수', 'impressions'], ['평균 게재순위', 'average-position'], ['이탈률', 'bounce-rate'],
    ['주요 이벤트', 'conversions'], ['전환당비용', 'cpa'], ['평균 참여 시간', 'avg-engagement-time'],
    // Portuguese (BR and PT)
    ['Sessões', 'sessions'], ['Usuários ativos', 'active-users'], ['Utilizadores ativos', 'active-users'],
    ['Taxa de engajamento', 'engagement-rate'], ['Tempo médio de engajamento', 'avg-engagement-time'], ['Cliques', 'clicks'],
    ['Impressões', 'impressions'], ['Custo', 'cost'], ['Conversões', 'conversions'], ['Valor usado', 'cost'],
    ['Taxa de rejeição', 'bounce-rate'], ['Posição média', 'average-position'], ['Custo por resultado', 'cpa'],
    // Italian, Dutch, Polish
    ['Utenti attivi', 'active-users'], ['Sessioni con engagement', 'engaged-sessions'], ['Frequenza di rimbalzo', 'bounce-rate'],
    ['Posizione media', 'average-position'], ['Importo speso', 'cost'], ['Copertura', 'reach'],
    ['Actieve gebruikers', 'active-users'], ['Vertoningen', 'impressions'], ['Klikken', 'clicks'], ['Bouncepercentage', 'bounce-rate'],
    ['Aktywni użytkownicy', 'active-users'], ['Kliknięcia', 'clicks'], ['Łączna liczba wyświetleń', 'impressions'],
    ['Współczynnik odrzuceń', 'bounce-rate'], ['Średnia pozycja', 'average-position'],
    // Russian, Ukrainian
    ['Сеансы', 'sessions'], ['Активные пользователи', 'active-users'], ['Клики', 'clicks'], ['Показы', 'impressions'],
    ['Стоимость', 'cost'], ['Конверсии', 'conversions'], ['Показатель отказов', 'bounce-rate'], ['Средняя позиция', 'average-position'],
    ['Сеанси', 'sessions'], ['Активні користувачі', 'active-users'], ['Кліки', 'clicks'], ['Покази', 'impressions'], ['Вартість', 'cost'],
    // Turkish
    ['Oturumlar', 'sessions'], ['Etkin kullanıcılar', 'active-users'], ['Tıklamalar', 'clicks'], ['Gösterimler', 'impressions'],
    ['Maliyet', 'cost'], ['Ortalama TO', 'ctr'], ['Ortalama konum', 'average-position'], ['Hemen çıkma oranı', 'bounce-rate'],
    ['İşlemler', 'purchases'],
    // Indonesian, Vietnamese, Thai
    ['Sesi', 'sessions'], ['Pengguna aktif', 'active-users'], ['Klik', 'clicks'], ['Tayangan', 'impressions'], ['Biaya', 'cost'],
    ['Phiên', 'sessions'], ['Người dùng đang hoạt động', 'active-users'], ['Lượt nhấp', 'clicks'], ['Lượt hiển thị', 'impressions'],
    ['Chi phí', 'cost'], ['Tỷ lệ thoát', 'bounce-rate'],
    ['เซสชัน', 'sessions'], ['ผู้ใช้ที่ใช้งานอยู่', 'active-users'], ['จำนวนคลิก', 'clicks'], ['การแสดงผล', 'impressions'],
    ['อัตราตีกลับ', 'bounce-rate'],
    // Hebrew, Hindi
    ['סשנים', 'sessions'], ['משתמשים פעילים', 'active-users'], ['קליקים', 'clicks'], ['חשיפות', 'impressions'],
    ['סה"כ קליקים', 'clicks'], ['מיקום ממוצע', 'average-position'],
    ['सत्र', 'sessions'], ['सक्रिय उपयोगकर्ता', 'active-users'], ['क्लिक', 'clicks'], ['इंप्रेशन', 'impressions'], ['बाउंस दर', 'bounce-rate'],
    // "average session duration" / "time on page" read as the engagement-time metric
    ['Average time on page', 'avg-engagement-time'], ['Durchschn. Sitzungsdauer', 'avg-engagement-time'],
    ['Duração média da sessão', 'avg-engagement-time'], ['Средняя длительность сеанса', 'avg-engagement-time'],
    // GA4's per-session engagement time, and Google Ads / Meta abbreviations as printed
    ['每次会话的平均互动时长', 'avg-engagement-time'], ['每個工作階段的平均參與時間', 'avg-engagement-time'],
    ['متوسط مدة التفاعل لكل جلسة', 'avg-engagement-time'], ['CPC méd.', 'cpc'], ['Custo/conv.', 'cpa'],
    ['TO (bağlantı tıklama oranı)', 'ctr'], ['Harcanan tutar', 'cost'], ['Bağlantı Tıklamaları', 'clicks'],
  ] as const)('%s → %s', (label, id) => expect(metricFromLabel(label)).toBe(id));

  it.each([
    ['Clic (tutti)', 'clicks'], ['Cliques (todos)', 'clicks'], ['Klikken (alle)', 'clicks'], ['Kliknięcia (wszystkie)', 'clicks'],
    ['Клики (все)', 'clicks'], ['Кліки (усі)', 'clicks'], ['Tıklamalar (Tümü)', 'clicks'], ['クリック（すべて）', 'clicks'],
    ['클릭(전체)', 'clicks'], ['Klik (Semua)', 'clicks'], ['Lượt nhấp (tất cả)', 'clicks'], ['คลิก (ทั้งหมด)', 'clicks'],
    ['קליקים (הכול)', 'clicks'], ['क्लिक (सभी)', 'clicks'], ['Klicks (alle)', 'clicks'],
    ['CTR（リンクのクリックスルー率）', 'ctr'], ['購入ROAS（広告費用対効果）', 'roas'], ['Custo (BRL)', 'cost'], ['Maliyet (₺)', 'cost'],
  ] as const)('drops a neutral qualifier in any language: %s → %s', (label, id) => expect(metricFromLabel(label)).toBe(id));

  it.each([
    // Correct words that name two different things, left out on purpose.
    '表示回数', // ja: GA4 Views, but Google Ads / Search Console Impressions
    'Weergaven', // nl: GA4 Views, but Meta Impressions
    'Wyświetlenia', // pl: GA4 Views, but Google Ads / Search Console / Meta Impressions
    'Etkileşim oranı', // tr: GA4 Engagement rate, but Google Ads Interaction rate
    'Tỷ lệ tương tác', // vi: same
    'Taxa de interação', // pt: Google Ads Interaction rate
    'Rasio interaksi', // id: same
    'Коэффициент взаимодействия', // ru: same
    'Коефіцієнт взаємодії', // uk: same
    'Подписчики', // ru: followers or subscribers
    'Підписники', // uk: same
    'Pelanggan', // id: customers or subscribers
    'TO', // tr Google Ads CTR, but the English "To" of a date range
    'Konum', // tr: position, but also Google Ads Location
    'Vị trí', // vi: position or location
    'מיקום', // he: same
    'ตำแหน่ง', // th: same
    'स्थिति', // hi: position, but Google Ads Status
    // Columns that are not catalogue metrics stay unknown in the new languages too.
    'Budget', 'Bütçe', 'Orçamento', 'Бюджет', '予算', '예산', 'Anggaran', 'Ngân sách', 'Stato', 'Status',
    'Sessões por usuário', 'Clic (costo per clic)',
  ])('leaves %s unknown', (label) => expect(metricFromLabel(label)).toBeNull());
});
