import type { MetricLabels } from '../types';

/**
 * Dutch labels (GA4, Google Ads, Search Console, Meta, Looker Studio in Dutch). The first label of each
 * metric is its display name in this language.
 *
 * Left out: a bare "Weergaven" — GA4 prints it for Views, Meta Ads Manager for Impressions.
 */
export const nl: MetricLabels = {
  sessions: ['Sessies', 'Totaal aantal sessies', 'Aantal sessies'],
  users: ['Gebruikers', 'Totaal aantal gebruikers', 'Aantal gebruikers', 'Bezoekers'],
  'active-users': ['Actieve gebruikers'],
  'new-users': ['Nieuwe gebruikers', 'Nieuwe bezoekers'],
  'returning-users': ['Terugkerende gebruikers', 'Terugkerende bezoekers'],
  pageviews: ['Paginaweergaven', 'Paginaweergaven totaal'],
  'engaged-sessions': ['Sessies met betrokkenheid', 'Betrokken sessies'],
  impressions: ['Vertoningen', 'Totaal aantal vertoningen', 'Impressies'],
  clicks: ['Klikken', 'Totaal aantal klikken', 'Linkklikken', 'Klikken op link'],
  reach: ['Bereik'],
  followers: ['Volgers', 'Paginavolgers'],
  subscribers: ['Abonnees', 'Nieuwsbriefabonnees'],
  leads: ['Leads'],
  conversions: ['Conversies', 'Belangrijke gebeurtenissen', 'Resultaten', 'Alle conv.'],
  purchases: ['Aankopen', 'Transacties', 'E-commerce-aankopen'],
  'new-customers': ['Nieuwe klanten', 'Nieuwe kopers', 'Eerste kopers'],
  revenue: ['Totale opbrengst', 'Opbrengst', 'Totale inkomsten', 'Inkomsten', 'Omzet', 'Conv.waarde', 'Conversiewaarde', 'Aankoopopbrengst'],
  cost: ['Kosten', 'Uitgegeven bedrag', 'Advertentie-uitgaven'],
  'conversion-rate': ['Conversieratio', 'Conv.ratio', 'Conversiepercentage'],
  ctr: ['CTR', 'Gem. CTR', 'Gemiddelde CTR', 'Klikfrequentie'],
  cpc: ['Gem. CPC', 'Gemiddelde CPC', 'Kosten per klik', 'Kosten per linkklik'],
  cpm: ['Gem. CPM', 'Gemiddelde CPM', 'Kosten per 1000 vertoningen', 'Kosten per duizend vertoningen'],
  cpa: ['Kosten/conv.', 'Kosten per conversie', 'Kosten per resultaat'],
  'cost-per-lead': ['Kosten per lead'],
  roas: ['ROAS', 'Conv.waarde/kosten', 'Rendement op advertentie-uitgaven'],
  cac: ['Klantacquisitiekosten', 'Kosten per nieuwe klant'],
  cltv: ['Klantlevensduurwaarde', 'Levenslange klantwaarde'],
  'aov': ['Gemiddelde bestelwaarde', 'Gemiddelde orderwaarde', 'Gemiddelde aankoopopbrengst'],
  'bounce-rate': ['Bouncepercentage'],
  'engagement-rate': ['Betrokkenheidspercentage'],
  'returning-visitor-share': ['Percentage terugkerende gebruikers', 'Percentage terugkerende bezoekers'],
  'avg-engagement-time': [
    'Gemiddelde betrokkenheidstijd', 'Gem. betrokkenheidstijd', 'Gemiddelde betrokkenheidstijd per sessie',
    'Gemiddelde sessieduur', 'Gem. sessieduur', 'Gemiddelde tijd op pagina',
  ],
  'open-rate': ['Openingspercentage'],
  'click-rate': ['Klikpercentage e-mail', 'E-mailklikpercentage'],
  'unsubscribe-rate': ['Afmeldpercentage', 'Uitschrijfpercentage'],
  csat: ['Klanttevredenheid', 'Klanttevredenheidsscore'],
  'average-position': ['Gemiddelde positie', 'Gem. positie', 'Positie'],
};
