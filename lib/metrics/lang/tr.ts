import type { MetricLabels } from '../types';

/**
 * Turkish labels (GA4, Google Ads, Search Console, Meta, Looker Studio in Turkish). The first label of each
 * metric is its display name in this language.
 *
 * Left out: a bare "TO" (Google Ads' and Meta's CTR column) — it reads as the English "To" of a date range,
 * so only Meta's qualified "TO (…)" headers are listed; and a bare
 * "Konum" (Search Console's position column) — Google Ads prints it for Location; "Etkileşim oranı" —
 * GA4 prints it for Engagement rate, Google Ads for Interaction rate.
 */
export const tr: MetricLabels = {
  sessions: ['Oturumlar', 'Toplam oturum', 'Oturum sayısı'],
  users: ['Kullanıcılar', 'Toplam kullanıcı sayısı', 'Toplam kullanıcı', 'Kullanıcı sayısı', 'Ziyaretçiler'],
  'active-users': ['Etkin kullanıcılar', 'Aktif kullanıcılar'],
  'new-users': ['Yeni kullanıcılar', 'Yeni ziyaretçiler'],
  'returning-users': ['Geri gelen kullanıcılar', 'Geri dönen kullanıcılar', 'Geri gelen ziyaretçiler'],
  pageviews: ['Görüntülemeler', 'Sayfa görüntülemeleri', 'Sayfa görüntüleme sayısı'],
  'engaged-sessions': ['Etkileşimli oturumlar'],
  impressions: ['Gösterimler', 'Toplam gösterim', 'Gösterim'],
  clicks: ['Tıklamalar', 'Toplam tıklama', 'Tıklama', 'Bağlantı tıklamaları'],
  reach: ['Erişim'],
  followers: ['Takipçiler', 'Sayfa takipçileri'],
  subscribers: ['Aboneler', 'Bülten aboneleri'],
  leads: ['Potansiyel müşteriler', 'Olası satışlar'],
  conversions: ['Dönüşümler', 'Önemli etkinlikler', 'Sonuçlar', 'Tüm dönüşümler'],
  purchases: ['Satın almalar', 'İşlemler', 'E-ticaret satın alma işlemleri'],
  'new-customers': ['Yeni müşteriler', 'İlk kez satın alanlar', 'Yeni alıcılar'],
  revenue: ['Toplam gelir', 'Gelir', 'Satın alma geliri', 'Dön. değeri', 'Dönüşüm değeri'],
  cost: ['Maliyet', 'Harcanan tutar', 'Reklam harcaması'],
  'conversion-rate': ['Dönüşüm oranı', 'Dön. oranı', 'Oturum önemli etkinlik oranı'],
  ctr: ['Tıklama oranı', 'Ortalama TO', 'CTR', 'Ort. TO', 'Bağlantı tıklama oranı', 'TO (bağlantı tıklama oranı)', 'TO (tümü)'],
  cpc: ['Ort. TBM', 'Ortalama TBM', 'Tıklama başına maliyet', 'Bağlantı tıklaması başına maliyet'],
  cpm: ['Ort. BGBM', 'BGBM', 'Bin gösterim başına maliyet', '1.000 gösterim başına maliyet'],
  cpa: ['Maliyet/dön.', 'Maliyet/dönüşüm', 'Dönüşüm başına maliyet', 'Sonuç başına maliyet'],
  'cost-per-lead': ['Potansiyel müşteri başına maliyet', 'Olası satış başına maliyet'],
  roas: ['ROAS', 'Dön. değeri/maliyet', 'Reklam harcamalarının getirisi', 'Reklam harcaması getirisi'],
  cac: ['Müşteri edinme maliyeti', 'Yeni müşteri başına maliyet'],
  cltv: ['Müşteri yaşam boyu değeri', 'Müşteri ömür boyu değeri'],
  'aov': ['Ortalama sipariş değeri', 'Ortalama satın alma geliri'],
  'bounce-rate': ['Hemen çıkma oranı'],
  'engagement-rate': ['Etkileşimli oturum oranı'],
  'returning-visitor-share': ['Geri gelen kullanıcı oranı', 'Geri gelen ziyaretçi oranı'],
  'avg-engagement-time': [
    'Ortalama etkileşim süresi', 'Oturum başına ortalama etkileşim süresi', 'Ortalama oturum süresi', 'Sayfada ortalama süre',
  ],
  'open-rate': ['Açılma oranı', 'E-posta açılma oranı'],
  'click-rate': ['E-posta tıklama oranı'],
  'unsubscribe-rate': ['Abonelikten çıkma oranı'],
  csat: ['Müşteri memnuniyeti', 'Müşteri memnuniyeti puanı'],
  'average-position': ['Ortalama konum', 'Ort. konum', 'Ortalama sıralama'],
};
