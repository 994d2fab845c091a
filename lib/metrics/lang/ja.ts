import type { MetricLabels } from '../types';

/**
 * Japanese labels (GA4, Google Ads, Search Console, Meta, Looker Studio in Japanese). The first label of
 * each metric is its display name in this language.
 *
 * Left out: 表示回数 — GA4 prints it for Views and Google Ads / Search Console for Impressions.
 */
export const ja: MetricLabels = {
  sessions: ['セッション', 'セッション数', '合計セッション数'],
  users: ['ユーザー', '総ユーザー数', 'ユーザー数', '合計ユーザー数', '訪問者数'],
  'active-users': ['アクティブ ユーザー', 'アクティブ ユーザー数'],
  'new-users': ['新規ユーザー数', '新規ユーザー', '新規訪問者数'],
  'returning-users': ['リピーター', 'リピーター数', 'リピート ユーザー数'],
  pageviews: ['ページビュー数', 'ページビュー', 'ページ表示回数', 'PV数'],
  'engaged-sessions': ['エンゲージのあったセッション数', 'エンゲージメントのあったセッション数'],
  impressions: ['インプレッション数', '合計表示回数', 'インプレッション'],
  clicks: ['クリック数', '合計クリック数', 'クリック', 'リンクのクリック', 'リンククリック'],
  reach: ['リーチ', 'リーチ数'],
  followers: ['フォロワー', 'フォロワー数'],
  subscribers: ['購読者', '購読者数', 'チャンネル登録者', 'チャンネル登録者数', 'メルマガ購読者数'],
  leads: ['リード', 'リード数'],
  conversions: ['コンバージョン', 'コンバージョン数', 'キーイベント', 'キーイベント数', '結果', 'すべてのコンバージョン', 'CV数'],
  purchases: ['購入', '購入数', 'トランザクション', 'トランザクション数', 'eコマース購入数'],
  'new-customers': ['新規顧客', '新規顧客数', '初回購入者数'],
  revenue: ['総収益', '合計収益', '収益', '購入による収益', 'コンバージョン値', '売上', '売上高'],
  cost: ['費用', '消化金額', '広告費', 'コスト'],
  'conversion-rate': ['コンバージョン率', 'セッション キーイベント率', 'ユーザー キーイベント率', 'CVR'],
  ctr: ['クリック率', 'CTR', '平均 CTR', 'クリックスルー率', 'リンクのクリックスルー率'],
  cpc: ['クリック単価', '平均クリック単価', '平均 CPC', 'リンククリックの単価'],
  cpm: ['インプレッション単価', '平均インプレッション単価', '平均 CPM'],
  cpa: ['コンバージョン単価', '結果の単価', '獲得単価', 'キーイベント単価'],
  'cost-per-lead': ['リード単価', 'リード獲得単価'],
  roas: ['広告費用対効果', 'コンバージョン値 / 費用', '購入ROAS', '購入ROAS(広告費用対効果)'],
  cac: ['顧客獲得単価', '顧客獲得コスト'],
  cltv: ['顧客生涯価値', 'ライフタイムバリュー'],
  'aov': ['平均注文額', '客単価', '平均購入収益額'],
  'bounce-rate': ['直帰率'],
  'engagement-rate': ['エンゲージメント率'],
  'returning-visitor-share': ['リピーター率', 'リピーターの割合'],
  'avg-engagement-time': [
    '平均エンゲージメント時間', 'セッションあたりの平均エンゲージメント時間', 'アクティブ ユーザーあたりの平均エンゲージメント時間',
    '平均セッション時間', '平均セッション継続時間', '平均ページ滞在時間', 'ページ滞在時間', '平均滞在時間',
  ],
  'open-rate': ['開封率', 'メール開封率'],
  'click-rate': ['メールのクリック率', 'メールクリック率'],
  'unsubscribe-rate': ['配信停止率', '購読解除率'],
  csat: ['顧客満足度'],
  'average-position': ['平均掲載順位', '掲載順位', '平均順位'],
};
