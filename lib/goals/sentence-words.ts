/**
 * Words a goal sentence uses that dashboards do not print: metric words people say ("visits", "sales",
 * "بازدید", "الزيارات", "流量"), channels, places (as GA4 prints them) and dashboards. The metric labels
 * themselves come from the catalogue (lib/metrics/lang/*); these tables only add the sentence words.
 */
import type { SourceId } from '../dashboards';
import { METRIC_IDS } from '../metrics/catalogue';
import { METRIC_LABELS } from '../metrics/metric-labels';
import type { LabelLanguage, MetricId } from '../metrics/types';
import type { Channel } from './types';
import { PhraseIndex } from './sentence-text';

/** The UI languages whose catalogue labels a sentence is read with. */
const SENTENCE_LANGUAGES: readonly LabelLanguage[] = ['en', 'fa', 'ar', 'zh-Hant', 'zh-Hans'];

/**
 * Goal-sentence words for metrics, beyond the catalogue's labels. Listed before the catalogue so that
 * where both have a phrase the sentence meaning wins (Persian "بازدید" alone is a visit, not a page view).
 */
const SENTENCE_METRIC_WORDS: Readonly<Partial<Record<MetricId, readonly string[]>>> = {
  sessions: [
    'visits', 'visit', 'web visits', 'website visits', 'site visits', 'traffic', 'website traffic', 'web traffic', 'site traffic', 'session', 'جلسه', 'جلسة', 'جلسات',
    'بازدید', 'بازدید سایت', 'بازدیدهای سایت', 'بازدید وب سایت', 'بازدید وبسایت', 'بازدیدهای وبسایت', 'ترافیک', 'ترافیک سایت', 'ورودی سایت', 'تعداد بازدید',
    'الزيارات', 'زيارات', 'زيارات الويب', 'زيارات الموقع', 'حركة المرور', 'حركة مرور الويب', 'حركة مرور الموقع', 'حركة الزيارات', 'عدد الزيارات', 'الزيارات العضوية',
    '流量', '網站流量', '网站流量', '造訪次數', '造访次数', '訪問量', '访问量', '工作階段', '会话',
  ],
  users: [
    'website visitors', 'site visitors', 'web visitors', 'visitors', 'website users',
    'بازدیدکننده', 'بازدیدکنندگان سایت', 'کاربر', 'کاربران سایت',
    'زوار موقعك', 'زوار الموقع', 'عدد زوار موقعك', 'عدد زوار الموقع', 'الزائرين', 'الزوار', 'زائري الموقع',
    '訪客', '访客', '網站訪客', '网站访客', '訪客數', '访客数',
  ],
  revenue: ['sales', 'online sales', 'income', 'turnover', 'فروش', 'فروش آنلاین', 'درآمد', 'المبيعات', 'مبيعات', 'الدخل', 'الإيرادات', '收入', '營收', '营收', '銷售額', '销售额', '業績', '业绩', '線上銷售額', '线上销售额'],
  followers: ['fans', 'follower', 'فالوور', 'فالوئر', 'دنبال کننده', 'دنبال‌کننده', 'دنبال‌کنندگان', 'متابع', 'متابعين', 'المتابعين', 'معجبين', '粉絲', '粉丝', '粉絲數', '粉丝数', '追蹤人數', '关注人数', '追蹤者'],
  subscribers: ['subscriber', 'email subscribers', 'مشترک', 'مشترکین', 'عضو خبرنامه', 'مشترك', 'مشتركين', 'المشتركين', '訂閱者', '订阅者', '訂閱戶', '订阅用户'],
  leads: ['lead', 'sales leads', 'لید', 'عميل محتمل', 'عملاء محتملون', 'مشتریان بالقوه', 'مشتری بالقوه', 'مشتریان احتمالی', 'العملاء المحتملين', 'عملاء محتملين', '銷售線索', '销售线索', '潛在客戶', '潜在客户'],
  cpa: ['cost per action', 'cost per acquisition', 'هزینه هر جذب', 'هزینه جذب', 'هزینه به ازای هر اقدام', 'هزینه هر اقدام', 'تكلفة الاكتساب', 'تكلفة كل اكتساب', 'تكلفة الإجراء', '每次轉換成本', '每次转化成本', '每次獲取成本', '每次获取成本'],
  ctr: ['click-through rate', 'click through rate', 'نرخ کلیک', 'نسبة النقر', '點擊率', '点击率', '點閱率'],
  'bounce-rate': ['bounce', 'نرخ پرش', 'نرخ خروج', 'معدل الارتداد', 'نسبة الارتداد', '跳出率'],
  'conversion-rate': ['conversion rate', 'conv rate', 'نرخ تبدیل', 'معدل التحويل', 'معدل تحويل', '轉換率', '转化率', '轉化率'],
  'returning-visitor-share': ['returning visitor share', 'share of returning visitors', 'سهم بازدیدکنندگان بازگشتی', 'نسبة الزوار العائدين', '回訪率', '回访率'],
  purchases: ['orders', 'سفارش', 'سفارش‌ها', 'الطلبات', 'طلبات', '訂單', '订单', '訂單數', '订单数'],
  'engagement-rate': ['engagement', 'تعامل', 'التفاعل', '互動', '互动'],
  'average-position': ['ranking', 'rank', 'google ranking', 'search ranking', 'position in google', 'رتبه', 'رتبه گوگل', 'جایگاه در گوگل', 'رتبه در نتایج گوگل', 'ترتيب', 'الترتيب', 'ترتيب البحث', '排名', '搜尋排名', '搜索排名'],
  cost: ['spend', 'ad spend', 'budget spent', 'هزینه تبلیغات', 'الإنفاق الإعلاني', '廣告費用', '广告费用'],
};

/**
 * Catalogue labels that are everyday words in a sentence: "reach 10,000 sessions" is the verb, "نتایج"
 * results, "展示" to show. They name a metric only when nothing better does and no number follows them.
 */
const WEAK_LABELS = new Set(
  ['reach', 'results', 'position', 'views', 'دسترسی', 'نتایج', 'نمایش', 'خرید', 'الوصول', 'وصول', 'النتائج', 'الظهور', 'المشاهدات', '觸及', '成果', '成效', '名單', '展示', '覆盖', '瀏覽', '购买', '購買', 'engagement', 'تعامل', 'التفاعل', '互動', '互动', 'rank', 'spend', 'traffic', 'ترافیک', '流量']
    .map((w) => w.toLowerCase()),
);

export interface MetricPhrase {
  metric: MetricId;
  weak: boolean;
}

let metricIndex: PhraseIndex<MetricPhrase> | undefined;

/** Catalogue labels of the UI languages plus the sentence words, folded into one longest-match index. */
export function metricPhrases(): PhraseIndex<MetricPhrase> {
  if (!metricIndex) {
    const index = new PhraseIndex<MetricPhrase>();
    const weak = (w: string) => WEAK_LABELS.has(w.toLowerCase());
    for (const [metric, words] of Object.entries(SENTENCE_METRIC_WORDS) as Array<[MetricId, readonly string[]]>) {
      for (const w of words) index.add(w, { metric, weak: weak(w) });
    }
    for (const id of METRIC_IDS) {
      for (const lang of SENTENCE_LANGUAGES) {
        // "Returning visitors %" is a column header; in a sentence the % belongs to the number.
        for (const label of METRIC_LABELS[id][lang]) if (!label.includes('%')) index.add(label, { metric: id, weak: weak(label) });
      }
    }
    metricIndex = index;
  }
  return metricIndex;
}

/**
 * Channels by the words people use. "all" is the goal for every traffic source ("for all traffic
 * sources", the seeds' bounce-rate goal). Dashboards and networks that are one channel say it too.
 */
const CHANNEL_WORDS: Readonly<Record<Channel, readonly string[]>> = {
  all: [
    'all traffic sources', 'all traffic', 'all sources', 'all channels', 'every channel', 'all traffic channels',
    'همه منابع ترافیک', 'تمام منابع ترافیک', 'همه منابع', 'تمام منابع', 'همه کانال ها', 'تمام کانال ها', 'همه کانال‌ها',
    'جميع مصادر الزيارات', 'كل مصادر الزيارات', 'جميع المصادر', 'جميع القنوات', 'كل القنوات', 'كافة مصادر الزيارات',
    '所有流量來源', '所有流量来源', '所有管道', '所有渠道', '全部來源', '全部来源', '所有來源', '所有来源',
  ],
  organic: [
    'organic', 'organic search', 'seo', 'natural search', 'unpaid search',
    'ارگانیک', 'جستجوی ارگانیک', 'جستجوی طبیعی', 'سئو', 'ارگانیک سرچ',
    'العضوي', 'العضوية', 'عضوي', 'عضوية', 'البحث العضوي', 'البحث المجاني', 'تحسين محركات البحث', 'السيو',
    '自然', '自然搜尋', '自然搜索', '自然流量', '自然搜尋流量', 'SEO',
  ],
  'paid-search': [
    'paid search', 'ppc', 'search ads', 'sem', 'paid search ads', 'google search ads', 'adwords',
    'جستجوی پولی', 'جستجوی پرداخت', 'جستجوی پرداختی', 'تبلیغات جستجو', 'تبلیغات جستجوی گوگل', 'تبلیغات کلیکی',
    'البحث المدفوع', 'إعلانات البحث', 'اعلانات البحث المدفوعة',
    '付費搜尋', '付费搜索', '搜尋廣告', '搜索广告', '關鍵字廣告', '关键词广告', '付費搜索',
  ],
  email: [
    'email', 'e-mail', 'emails', 'newsletter', 'email marketing', 'email campaigns',
    'ایمیل', 'ایمیل مارکتینگ', 'خبرنامه', 'پست الکترونیک', 'ایمیلی',
    'البريد الإلكتروني', 'البريد الالكتروني', 'الايميل', 'الإيميل', 'النشرة البريدية', 'النشرة الإخبارية',
    '電子郵件', '电子邮件', '電子報', '电子报', 'EDM', '郵件行銷', '邮件营销', '郵件', '邮件',
  ],
  sms: [
    'sms', 'text message', 'text messages', 'texting', 'sms campaigns',
    'پیامک', 'اس ام اس', 'پیام کوتاه',
    'الرسائل القصيرة', 'الرسائل النصية', 'رسائل sms', 'رسائل نصية',
    '簡訊', '短信', '短訊', '簡訊行銷', '短信营销',
  ],
  social: [
    'social', 'social media', 'instagram', 'facebook', 'linkedin', 'tiktok', 'twitter', 'youtube', 'pinterest', 'telegram',
    'اینستاگرام', 'شبکه های اجتماعی', 'شبکه اجتماعی', 'شبکه‌های اجتماعی', 'فیسبوک', 'لینکدین', 'تیک تاک', 'تلگرام', 'یوتیوب',
    'وسائل التواصل الاجتماعي', 'التواصل الاجتماعي', 'السوشيال ميديا', 'انستغرام', 'انستقرام', 'إنستغرام', 'فيسبوك', 'تويتر', 'لينكد إن', 'تيك توك', 'بنترست', 'يوتيوب',
    '社群', '社群媒體', '社交媒體', '社交媒体', '臉書', '脸书', '微博', '微信', '抖音', '小紅書', '小红书',
  ],
  display: [
    'display', 'display ads', 'display advertising', 'banner ads', 'banners',
    'تبلیغات نمایشی', 'نمایشی', 'تبلیغات بنری', 'بنر',
    'الإعلانات الصورية', 'إعلانات العرض', 'الشبكة الإعلانية', 'إعلانات البانر', 'الإعلانات المرئية',
    '多媒體廣告', '展示廣告', '展示广告', '横幅广告', '橫幅廣告',
  ],
  direct: ['direct', 'direct traffic', 'ترافیک مستقیم', 'ورودی مستقیم', 'بازدید مستقیم', 'الزيارات المباشرة', 'المباشر', 'المباشرة', '直接流量', '直接'],
  referral: ['referral', 'referrals', 'referral traffic', 'ترافیک ارجاعی', 'ارجاعی', 'ریفرال', 'الزيارات المرجعية', 'الإحالات المرجعية', 'المرجعية', '推薦流量', '推荐流量', '引薦', '引荐', '參照連結', '引荐来源'],
};

let channelIndex: PhraseIndex<Channel> | undefined;
export function channelPhrases(): PhraseIndex<Channel> {
  if (!channelIndex) {
    const index = new PhraseIndex<Channel>();
    for (const [channel, words] of Object.entries(CHANNEL_WORDS) as Array<[Channel, readonly string[]]>) for (const w of words) index.add(w, channel);
    channelIndex = index;
  }
  return channelIndex;
}

/**
 * Countries and regions as GA4 prints them (its "Country" and "Continent" dimensions in English), by
 * the names people write in the five UI languages. Small on purpose: the common markets of the seeds'
 * readers; anything else is left for the user to type as the filter.
 */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  'Saudi Arabia': ['saudi arabia', 'saudi', 'ksa', 'عربستان', 'عربستان سعودی', 'السعودية', 'المملكة العربية السعودية', 'السعوديه', '沙烏地阿拉伯', '沙特阿拉伯', '沙特', '沙烏地'],
  'United Arab Emirates': ['united arab emirates', 'uae', 'امارات', 'امارات متحده عربی', 'الإمارات', 'الامارات العربية المتحدة', 'الإمارات العربية المتحدة', '阿聯酋', '阿联酋', '阿拉伯聯合大公國'],
  Iran: ['iran', 'ایران', 'إيران', '伊朗'],
  Iraq: ['iraq', 'عراق', 'العراق', '伊拉克'],
  Egypt: ['egypt', 'مصر', '埃及'],
  Qatar: ['qatar', 'قطر', '卡達', '卡塔尔'],
  Kuwait: ['kuwait', 'کویت', 'الكويت', '科威特'],
  Bahrain: ['bahrain', 'بحرین', 'البحرين', '巴林'],
  Oman: ['oman', 'عمان', 'سلطنة عمان', '阿曼'],
  Jordan: ['jordan', 'اردن', 'الأردن', '約旦', '约旦'],
  Lebanon: ['lebanon', 'لبنان', '黎巴嫩'],
  Türkiye: ['turkey', 'türkiye', 'turkiye', 'ترکیه', 'تركيا', '土耳其'],
  Afghanistan: ['afghanistan', 'افغانستان', 'أفغانستان', '阿富汗'],
  Morocco: ['morocco', 'مراکش', 'المغرب', '摩洛哥'],
  Algeria: ['algeria', 'الجزایر', 'الجزائر', '阿爾及利亞', '阿尔及利亚'],
  'United States': ['united states', 'usa', 'u.s.', 'america', 'آمریکا', 'امریکا', 'ایالات متحده', 'الولايات المتحدة', 'أمريكا', '美國', '美国'],
  'United Kingdom': ['united kingdom', 'uk', 'britain', 'great britain', 'انگلستان', 'انگلیس', 'بریتانیا', 'المملكة المتحدة', 'بريطانيا', '英國', '英国'],
  Germany: ['germany', 'آلمان', 'ألمانيا', '德國', '德国'],
  France: ['france', 'فرانسه', 'فرنسا', '法國', '法国'],
  India: ['india', 'هند', 'الهند', '印度'],
  China: ['china', 'چین', 'الصين', '中國', '中国', '中國大陸', '中国大陆'],
  Taiwan: ['taiwan', 'تایوان', 'تايوان', '台灣', '臺灣', '台湾'],
  'Hong Kong': ['hong kong', 'هنگ کنگ', 'هونغ كونغ', '香港'],
  Japan: ['japan', 'ژاپن', 'اليابان', '日本'],
  Canada: ['canada', 'کانادا', 'كندا', '加拿大'],
  Australia: ['australia', 'استرالیا', 'أستراليا', '澳洲', '澳大利亚'],
  Singapore: ['singapore', 'سنگاپور', 'سنغافورة', '新加坡'],
  Malaysia: ['malaysia', 'مالزی', 'ماليزيا', '馬來西亞', '马来西亚'],
  Asia: ['asia', 'آسیا', 'آسيا', '亞洲', '亚洲'],
  Europe: ['europe', 'اروپا', 'أوروبا', '歐洲', '欧洲'],
  Africa: ['africa', 'آفریقا', 'أفريقيا', 'إفريقيا', '非洲'],
  Americas: ['the americas', 'قاره آمریکا', 'الأمريكتين', '美洲'],
  Oceania: ['oceania', 'اقیانوسیه', 'أوقيانوسيا', '大洋洲'],
};

let placeIndex: PhraseIndex<string> | undefined;
export function placePhrases(): PhraseIndex<string> {
  if (!placeIndex) {
    const index = new PhraseIndex<string>();
    for (const [name, words] of Object.entries(PLACES)) for (const w of words) index.add(w, name);
    placeIndex = index;
  }
  return placeIndex;
}

/** The dashboards by name; "Google results" is where a search ranking is read (Search Console). */
const SOURCE_WORDS: Readonly<Record<Exclude<SourceId, 'generic'>, readonly string[]>> = {
  ga4: ['ga4', 'google analytics', 'google analytics 4', 'analytics', 'گوگل آنالیتیکس', 'آنالیتیکس', 'گوگل انالیتیکس', 'جوجل أناليتكس', 'جوجل اناليتكس', 'تحليلات جوجل', 'تحليلات google', '谷歌分析', 'google 分析'],
  'google-ads': ['google ads', 'google adwords', 'گوگل ادز', 'گوگل ادوردز', 'تبلیغات گوگل', 'إعلانات جوجل', 'إعلانات google', 'جوجل ادز', 'google 廣告', '谷歌广告', 'google广告'],
  'meta-ads': ['meta ads', 'facebook ads', 'ads manager', 'meta ads manager', 'instagram ads', 'تبلیغات فیسبوک', 'تبلیغات اینستاگرام', 'متا', 'إعلانات فيسبوك', 'إعلانات ميتا', 'إعلانات إنستغرام', '臉書廣告', '脸书广告', 'meta 廣告', 'meta广告'],
  'search-console': [
    'search console', 'google search console', 'google search results', 'google results', 'search results',
    'سرچ کنسول', 'نتایج گوگل', 'نتایج جستجوی گوگل', 'نتایج جستجو', 'نتائج جوجل', 'نتائج بحث جوجل', 'نتائج البحث', 'نتائج بحث google',
    'google搜尋結果', 'google 搜尋結果', 'google搜索结果', '谷歌搜索结果', '搜尋結果', '搜索结果',
  ],
  'looker-studio': ['looker studio', 'data studio', 'لوکر استودیو', 'looker 數據分析', 'looker 数据洞察'],
};

let sourceIndex: PhraseIndex<SourceId> | undefined;
export function sourcePhrases(): PhraseIndex<SourceId> {
  if (!sourceIndex) {
    const index = new PhraseIndex<SourceId>();
    for (const [source, words] of Object.entries(SOURCE_WORDS) as Array<[SourceId, readonly string[]]>) for (const w of words) index.add(w, source);
    sourceIndex = index;
  }
  return sourceIndex;
}
