import type { MetricLabels } from '../types';

/**
 * Polish labels (GA4, Google Ads, Search Console, Meta, Looker Studio in Polish). The first label of each
 * metric is its display name in this language.
 *
 * Left out: a bare "Wyświetlenia" — GA4 prints it for Views, Google Ads, Search Console and Meta for
 * Impressions.
 */
export const pl: MetricLabels = {
  sessions: ['Sesje', 'Łączna liczba sesji', 'Liczba sesji'],
  users: ['Użytkownicy', 'Łączna liczba użytkowników', 'Wszyscy użytkownicy', 'Liczba użytkowników', 'Odwiedzający'],
  'active-users': ['Aktywni użytkownicy'],
  'new-users': ['Nowi użytkownicy', 'Nowi odwiedzający'],
  'returning-users': ['Powracający użytkownicy', 'Powracający odwiedzający'],
  pageviews: ['Odsłony', 'Odsłony strony', 'Wyświetlenia strony', 'Wyświetlenia stron'],
  'engaged-sessions': ['Sesje z zaangażowaniem', 'Zaangażowane sesje'],
  impressions: ['Łączna liczba wyświetleń', 'Wyświetlenia reklam', 'Liczba wyświetleń reklam'],
  clicks: ['Kliknięcia', 'Łączna liczba kliknięć', 'Kliknięcia linku', 'Kliknięcia w link'],
  reach: ['Zasięg'],
  followers: ['Obserwujący', 'Obserwujący stronę'],
  subscribers: ['Subskrybenci', 'Subskrybenci newslettera'],
  leads: ['Leady', 'Potencjalni klienci'],
  conversions: ['Konwersje', 'Kluczowe zdarzenia', 'Wyniki', 'Wszystkie konwersje'],
  purchases: ['Zakupy', 'Transakcje', 'Zakupy e-commerce'],
  'new-customers': ['Nowi klienci', 'Nowi kupujący', 'Kupujący po raz pierwszy'],
  revenue: ['Łączne przychody', 'Przychody', 'Przychód', 'Przychody z zakupów', 'Wartość konw.', 'Wartość konwersji'],
  cost: ['Koszt', 'Wydana kwota', 'Wydatki na reklamę'],
  'conversion-rate': ['Współczynnik konwersji', 'Współczynnik konw.', 'Współczynnik kluczowych zdarzeń w sesji'],
  ctr: ['CTR', 'Średni CTR', 'Współczynnik klikalności'],
  cpc: ['Śr. CPC', 'Średni CPC', 'Koszt kliknięcia', 'Koszt za kliknięcie', 'Koszt kliknięcia linku'],
  cpm: ['Śr. CPM', 'Średni CPM', 'Koszt 1000 wyświetleń', 'Koszt tysiąca wyświetleń'],
  cpa: ['Koszt/konw.', 'Koszt konwersji', 'Koszt wyniku', 'Koszt na wynik'],
  'cost-per-lead': ['Koszt na lead', 'Koszt pozyskania leada'],
  roas: ['ROAS', 'Wartość konw./koszt', 'Zwrot z nakładów na reklamę', 'Zwrot z wydatków na reklamę'],
  cac: ['Koszt pozyskania klienta', 'Koszt pozyskania klientów'],
  cltv: ['Wartość życiowa klienta', 'Wartość klienta w całym okresie współpracy'],
  'aov': ['Średnia wartość zamówienia', 'Średnie przychody z zakupów'],
  'bounce-rate': ['Współczynnik odrzuceń'],
  'engagement-rate': ['Współczynnik zaangażowania'],
  'returning-visitor-share': ['Odsetek powracających użytkowników', 'Odsetek powracających odwiedzających'],
  'avg-engagement-time': [
    'Średni czas zaangażowania', 'Średni czas zaangażowania na sesję', 'Średni czas trwania sesji', 'Średni czas na stronie',
  ],
  'open-rate': ['Współczynnik otwarć', 'Wskaźnik otwarć'],
  'click-rate': ['Współczynnik kliknięć w e-mailach', 'Współczynnik kliknięć e-maili'],
  'unsubscribe-rate': ['Współczynnik wypisów', 'Wskaźnik wypisów'],
  csat: ['Zadowolenie klientów', 'Satysfakcja klientów'],
  'average-position': ['Średnia pozycja', 'Pozycja'],
};
