import type { MetricLabels } from '../types';

/**
 * Portuguese labels, Brazilian and European words together (GA4, Google Ads, Search Console, Meta, Looker
 * Studio in pt-BR and pt-PT). The first label of each metric is its display name (pt-BR wording).
 *
 * Left out: "Taxa de interação" — Google Ads prints it for Interaction rate, not GA4's engagement rate.
 */
export const pt: MetricLabels = {
  sessions: ['Sessões', 'Total de sessões'],
  users: ['Usuários', 'Total de usuários', 'Utilizadores', 'Total de utilizadores', 'Visitantes'],
  'active-users': ['Usuários ativos', 'Utilizadores ativos'],
  'new-users': ['Novos usuários', 'Usuários novos', 'Novos utilizadores', 'Utilizadores novos', 'Novos visitantes'],
  'returning-users': ['Usuários recorrentes', 'Utilizadores recorrentes', 'Visitantes recorrentes', 'Usuários retornantes'],
  pageviews: ['Visualizações', 'Visualizações de página', 'Visualizações de páginas', 'Páginas visualizadas'],
  'engaged-sessions': ['Sessões engajadas', 'Sessões com engajamento', 'Sessões com interação'],
  impressions: ['Impressões', 'Total de impressões', 'Impressões totais'],
  clicks: ['Cliques', 'Total de cliques', 'Cliques no link', 'Cliques na ligação'],
  reach: ['Alcance'],
  followers: ['Seguidores', 'Seguidores da Página'],
  subscribers: ['Inscritos', 'Assinantes', 'Assinantes da newsletter', 'Subscritores'],
  leads: ['Leads'],
  conversions: ['Conversões', 'Eventos principais', 'Eventos-chave', 'Resultados', 'Todas as conv.'],
  purchases: ['Compras', 'Transações', 'Compras de e-commerce'],
  'new-customers': ['Novos clientes', 'Compradores pela primeira vez', 'Novos compradores'],
  revenue: ['Receita total', 'Receita', 'Receitas', 'Receita de compra', 'Valor da conv.', 'Valor conv.', 'Valor de conversão', 'Valor da conversão'],
  cost: ['Custo', 'Valor usado', 'Valor gasto', 'Montante gasto', 'Gasto com anúncios'],
  'conversion-rate': ['Taxa de conversão', 'Taxa de conv.', 'Taxa de eventos principais da sessão', 'Taxa de eventos principais do usuário'],
  ctr: ['CTR', 'CTR média', 'CTR médio', 'Taxa de cliques', 'Taxa de cliques no link'],
  cpc: ['CPC médio', 'CPC méd.', 'Custo por clique', 'Custo por clique no link'],
  cpm: ['CPM médio', 'CPM méd.', 'Custo por mil impressões', 'Custo por 1.000 impressões'],
  cpa: ['Custo/conv.', 'Custo por conversão', 'Custo por resultado', 'Custo por evento principal'],
  'cost-per-lead': ['Custo por lead'],
  roas: ['ROAS', 'Valor conv./custo', 'ROAS de compras', 'Retorno do investimento em publicidade', 'Retorno sobre o investimento em anúncios'],
  cac: ['Custo de aquisição de clientes', 'Custo de aquisição de cliente', 'Custo por novo cliente'],
  cltv: ['Valor do tempo de vida do cliente', 'Valor vitalício do cliente', 'Valor do ciclo de vida do cliente'],
  'aov': ['Valor médio do pedido', 'Ticket médio', 'Valor médio da encomenda', 'Receita média de compra'],
  'bounce-rate': ['Taxa de rejeição'],
  'engagement-rate': ['Taxa de engajamento', 'Taxa de envolvimento'],
  'returning-visitor-share': ['Porcentagem de usuários recorrentes', 'Percentagem de utilizadores recorrentes'],
  'avg-engagement-time': [
    'Tempo médio de engajamento', 'Tempo de engajamento médio', 'Tempo médio de engajamento por sessão', 'Tempo médio de engajamento por usuário ativo', 'Tempo médio de envolvimento',
    'Duração média da sessão', 'Duração média das sessões', 'Tempo médio na página',
  ],
  'open-rate': ['Taxa de abertura'],
  'click-rate': ['Taxa de cliques do e-mail', 'Taxa de cliques de e-mail', 'Taxa de cliques nos e-mails'],
  'unsubscribe-rate': ['Taxa de cancelamento de inscrição', 'Taxa de descadastro', 'Taxa de anulação de subscrição'],
  csat: ['Satisfação do cliente', 'Satisfação dos clientes'],
  'average-position': ['Posição média', 'Posição'],
};
