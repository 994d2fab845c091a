import type { MetricLabels } from '../types';

/**
 * Indonesian labels (GA4, Google Ads, Search Console, Meta, Looker Studio in Indonesian). The first label of
 * each metric is its display name in this language.
 *
 * Left out: a bare "Pelanggan" — it means customers as well as subscribers; "Rasio interaksi" — Google Ads
 * prints it for Interaction rate, not GA4's engagement rate.
 */
export const id: MetricLabels = {
  sessions: ['Sesi', 'Total sesi', 'Jumlah sesi'],
  users: ['Pengguna', 'Total pengguna', 'Jumlah pengguna', 'Pengunjung'],
  'active-users': ['Pengguna aktif'],
  'new-users': ['Pengguna baru', 'Pengunjung baru'],
  'returning-users': ['Pengguna kembali', 'Pengguna yang kembali', 'Pengunjung kembali'],
  pageviews: ['Tampilan halaman', 'Kunjungan halaman'],
  'engaged-sessions': ['Sesi engaged', 'Sesi dengan interaksi', 'Sesi interaksi'],
  impressions: ['Tayangan', 'Total tayangan', 'Impresi'],
  clicks: ['Klik', 'Total klik', 'Klik tautan'],
  reach: ['Jangkauan'],
  followers: ['Pengikut', 'Pengikut Halaman'],
  subscribers: ['Subscriber', 'Pelanggan buletin', 'Pelanggan email'],
  leads: ['Prospek', 'Leads'],
  conversions: ['Konversi', 'Peristiwa utama', 'Hasil', 'Semua konv.'],
  purchases: ['Pembelian', 'Transaksi', 'Pembelian e-commerce'],
  'new-customers': ['Pembeli baru', 'Pembeli pertama kali'],
  revenue: ['Total pendapatan', 'Pendapatan', 'Pendapatan pembelian', 'Nilai konv.', 'Nilai konversi'],
  cost: ['Biaya', 'Jumlah yang dibelanjakan', 'Jumlah yang dihabiskan', 'Belanja iklan'],
  'conversion-rate': ['Rasio konversi', 'Rasio konv.', 'Tingkat konversi', 'Rasio peristiwa utama sesi'],
  ctr: ['CTR', 'CTR rata-rata', 'Rasio klik-tayang', 'Rasio klik'],
  cpc: ['BPK rata-rata', 'CPC rata-rata', 'Biaya per klik', 'Biaya per klik tautan'],
  cpm: ['CPM rata-rata', 'Biaya per seribu tayangan', 'Biaya per 1.000 tayangan'],
  cpa: ['Biaya/konv.', 'Biaya per konversi', 'Biaya per hasil'],
  'cost-per-lead': ['Biaya per prospek', 'Biaya per lead'],
  roas: ['ROAS', 'Nilai konv./biaya', 'Laba atas belanja iklan', 'ROAS pembelian'],
  cac: ['Biaya akuisisi pelanggan', 'Biaya per pelanggan baru'],
  cltv: ['Nilai umur pelanggan', 'Nilai seumur hidup pelanggan'],
  'aov': ['Nilai pesanan rata-rata', 'Rata-rata nilai pesanan', 'Pendapatan pembelian rata-rata'],
  'bounce-rate': ['Rasio pentalan', 'Rasio pantulan'],
  'engagement-rate': ['Rasio engagement', 'Tingkat engagement'],
  'returning-visitor-share': ['Persentase pengguna kembali', 'Persentase pengunjung kembali'],
  'avg-engagement-time': [
    'Rata-rata waktu engagement', 'Waktu engagement rata-rata', 'Rata-rata waktu interaksi', 'Durasi sesi rata-rata',
    'Rata-rata durasi sesi', 'Rata-rata waktu di halaman',
  ],
  'open-rate': ['Rasio buka', 'Tingkat buka email'],
  'click-rate': ['Rasio klik email', 'Tingkat klik email'],
  'unsubscribe-rate': ['Rasio berhenti berlangganan', 'Tingkat berhenti berlangganan'],
  csat: ['Kepuasan pelanggan'],
  'average-position': ['Posisi rata-rata', 'Posisi'],
};
