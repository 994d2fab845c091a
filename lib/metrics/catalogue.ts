import type { LabelLanguage, MetricDefinition, MetricId } from './types';

/**
 * Every metric Goalpost knows, with the labels dashboards print for it.
 *
 * This is data, not logic: adding a synonym means adding a string here, nothing else.
 * Rules the tests enforce:
 * - a label (after normalisation, see labels.ts) belongs to exactly one metric, so a label that two
 *   dashboards use for different things (e.g. a bare "Click rate" that could be email or ads) must be
 *   qualified or left out — an unknown label is better than a wrong one;
 * - every metric has at least one label in every LabelLanguage; the first label of a language is the
 *   display name in that language (and the first English label is the canonical name).
 *
 * Sources of the strings: GA4, Google Ads, Meta Ads Manager and Search Console as they print them in
 * each UI language, plus the words the seed articles (fa, ar, zh-Hant) use for these KPIs.
 */
type Labels = Record<LabelLanguage, readonly string[]>;

const pct = (numerator: MetricId, denominator: MetricId) => ({ numerator, denominator, scale: 100 });
const per = (numerator: MetricId, denominator: MetricId, scale = 1) => ({ numerator, denominator, scale });

const sessions: Labels = {
  en: ['Sessions', 'Total sessions'],
  fa: ['جلسه‌ها', 'جلسات', 'نشست‌ها', 'تعداد جلسات'],
  ar: ['الجلسات', 'عدد الجلسات'],
  'zh-Hant': ['工作階段', '工作階段數', '工作階段總數'],
  'zh-Hans': ['会话数', '会话', '会话总数'],
  de: ['Sitzungen', 'Sitzungen insgesamt'],
  fr: ['Sessions', 'Nombre de sessions'],
  es: ['Sesiones', 'Total de sesiones'],
};

const users: Labels = {
  en: ['Users', 'Total users', 'Visitors', 'Website visitors', 'Unique visitors'],
  fa: ['کاربران', 'کل کاربران', 'بازدیدکنندگان', 'تعداد کاربران'],
  ar: ['المستخدمون', 'إجمالي المستخدمين', 'الزوار', 'عدد الزوار'],
  'zh-Hant': ['使用者', '總使用者', '使用者總數', '訪客數', '網站訪客數'],
  'zh-Hans': ['用户', '总用户数', '用户数', '访客数', '网站访客数'],
  de: ['Nutzer', 'Nutzer insgesamt', 'Gesamtnutzer', 'Besucher'],
  fr: ['Utilisateurs', "Nombre total d'utilisateurs", 'Total utilisateurs', 'Visiteurs'],
  es: ['Usuarios', 'Total de usuarios', 'Visitantes'],
};

const activeUsers: Labels = {
  en: ['Active users'],
  fa: ['کاربران فعال'],
  ar: ['المستخدمون النشطون', 'المستخدمين النشطين'],
  'zh-Hant': ['活躍使用者', '活躍使用者人數'],
  'zh-Hans': ['活跃用户', '活跃用户数'],
  de: ['Aktive Nutzer'],
  fr: ['Utilisateurs actifs'],
  es: ['Usuarios activos'],
};

const newUsers: Labels = {
  en: ['New users', 'New visitors'],
  fa: ['کاربران جدید', 'بازدیدکنندگان جدید'],
  ar: ['المستخدمون الجدد', 'المستخدمين الجدد', 'الزوار الجدد'],
  'zh-Hant': ['新使用者', '新使用者人數', '新訪客'],
  'zh-Hans': ['新用户', '新用户数', '新访客'],
  de: ['Neue Nutzer', 'Neue Besucher'],
  fr: ['Nouveaux utilisateurs', 'Nouveaux visiteurs'],
  es: ['Usuarios nuevos', 'Nuevos usuarios', 'Visitantes nuevos'],
};

const returningUsers: Labels = {
  en: ['Returning users', 'Returning visitors'],
  fa: ['کاربران بازگشتی', 'بازدیدکنندگان بازگشتی', 'کاربران بازگشت‌کننده'],
  ar: ['المستخدمون العائدون', 'الزوار العائدون', 'المستخدمين العائدين'],
  'zh-Hant': ['回訪使用者', '回訪訪客', '回訪者'],
  'zh-Hans': ['回访用户', '回访访客', '回访用户数'],
  de: ['Wiederkehrende Nutzer', 'Wiederkehrende Besucher'],
  fr: ['Utilisateurs connus', 'Visiteurs connus', 'Visiteurs récurrents'],
  es: ['Usuarios recurrentes', 'Visitantes recurrentes'],
};

const pageviews: Labels = {
  en: ['Views', 'Pageviews', 'Page views', 'Screen page views'],
  fa: ['بازدیدها', 'بازدید صفحه', 'بازدیدهای صفحه', 'نمایش صفحه'],
  ar: ['المشاهدات', 'مشاهدات الصفحة', 'مرات مشاهدة الصفحة'],
  'zh-Hant': ['瀏覽', '瀏覽次數', '網頁瀏覽量', '瀏覽量'],
  'zh-Hans': ['浏览次数', '浏览量', '网页浏览量'],
  de: ['Aufrufe', 'Seitenaufrufe'],
  fr: ['Vues', 'Pages vues'],
  es: ['Vistas', 'Páginas vistas', 'Visitas a páginas'],
};

const engagedSessions: Labels = {
  en: ['Engaged sessions'],
  fa: ['جلسه‌های با تعامل', 'جلسه‌های درگیر', 'جلسات تعاملی'],
  ar: ['الجلسات التي تفاعل معها المستخدمون', 'الجلسات المتفاعلة', 'جلسات التفاعل'],
  'zh-Hant': ['互動工作階段', '參與工作階段', '互動工作階段數'],
  'zh-Hans': ['互动会话数', '互动会话', '参与会话数'],
  de: ['Sitzungen mit Interaktion', 'Engagierte Sitzungen'],
  fr: ['Sessions avec engagement', 'Sessions engagées'],
  es: ['Sesiones con interacción', 'Sesiones con interacciones'],
};

const impressions: Labels = {
  en: ['Impressions', 'Impr.', 'Total impressions'],
  fa: ['نمایش‌ها', 'نمایش', 'کل نمایش‌ها', 'تعداد نمایش'],
  ar: ['مرات الظهور', 'إجمالي مرات الظهور', 'الظهور'],
  'zh-Hant': ['曝光', '曝光次數', '曝光總數'],
  'zh-Hans': ['展示次数', '展示', '总展示次数', '曝光量'],
  de: ['Impressionen', 'Impressionen insgesamt'],
  fr: ['Impressions', "Nombre total d'impressions"],
  es: ['Impresiones', 'Impresiones totales'],
};

const clicks: Labels = {
  en: ['Clicks', 'Total clicks', 'Link clicks', 'Clicks (all)'],
  fa: ['کلیک‌ها', 'کلیک', 'کل کلیک‌ها', 'کلیک روی پیوند', 'تعداد کلیک'],
  ar: ['النقرات', 'إجمالي النقرات', 'نقرات على الرابط', 'النقرات على الرابط'],
  'zh-Hant': ['點擊', '點擊次數', '點擊總數', '連結點擊次數'],
  'zh-Hans': ['点击次数', '点击', '总点击次数', '链接点击量'],
  de: ['Klicks', 'Klicks insgesamt', 'Link-Klicks'],
  fr: ['Clics', 'Nombre total de clics', 'Clics sur un lien', 'Clics sur le lien'],
  es: ['Clics', 'Clics totales', 'Clics en el enlace'],
};

const reach: Labels = {
  en: ['Reach', 'Accounts reached'],
  fa: ['دسترسی', 'میزان دسترسی'],
  ar: ['الوصول', 'مدى الوصول'],
  'zh-Hant': ['觸及人數', '觸及'],
  'zh-Hans': ['覆盖人数', '覆盖'],
  de: ['Reichweite'],
  fr: ['Couverture'],
  es: ['Alcance'],
};

const followers: Labels = {
  en: ['Followers', 'Page followers', 'Instagram followers'],
  fa: ['دنبال‌کنندگان', 'فالوورها', 'فالوور'],
  ar: ['المتابعون', 'المتابعين', 'متابعو الصفحة'],
  'zh-Hant': ['粉絲', '追蹤者', '粉絲人數'],
  'zh-Hans': ['粉丝', '关注者', '粉丝数'],
  de: ['Follower', 'Abonnenten der Seite'],
  fr: ['Abonnés', 'Followers'],
  es: ['Seguidores'],
};

const subscribers: Labels = {
  en: ['Subscribers', 'Email subscribers', 'Newsletter subscribers'],
  fa: ['مشترکان', 'مشترکین', 'مشترکان خبرنامه'],
  ar: ['المشتركون', 'المشتركين', 'مشتركو النشرة البريدية'],
  'zh-Hant': ['訂閱者', '訂閱人數', '電子報訂閱者'],
  'zh-Hans': ['订阅者', '订阅人数', '邮件订阅者'],
  de: ['Abonnenten', 'Newsletter-Abonnenten'],
  fr: ['Abonnés à la newsletter', 'Inscrits à la newsletter', 'Inscrits'],
  es: ['Suscriptores', 'Suscriptores del boletín'],
};

const leads: Labels = {
  en: ['Leads', 'On-Facebook leads'],
  fa: ['سرنخ‌ها', 'سرنخ', 'لیدها'],
  ar: ['العملاء المحتملون', 'العملاء المحتملين'],
  'zh-Hant': ['潛在客戶', '名單'],
  'zh-Hans': ['潜在客户', '线索'],
  de: ['Leads'],
  fr: ['Prospects', 'Leads'],
  es: ['Clientes potenciales', 'Leads'],
};

const conversions: Labels = {
  en: ['Conversions', 'Key events', 'Results', 'All conv.'],
  fa: ['تبدیل‌ها', 'تبدیل', 'رویدادهای کلیدی', 'نتایج'],
  ar: ['الإحالات الناجحة', 'التحويلات', 'الأحداث الرئيسية', 'النتائج'],
  'zh-Hant': ['轉換', '轉換次數', '主要事件', '成果'],
  'zh-Hans': ['转化次数', '转化', '关键事件', '成效'],
  de: ['Conversions', 'Schlüsselereignisse', 'Ergebnisse'],
  fr: ['Conversions', 'Événements clés', 'Résultats'],
  es: ['Conversiones', 'Eventos clave', 'Resultados'],
};

const purchases: Labels = {
  en: ['Purchases', 'Transactions', 'Website purchases', 'Ecommerce purchases'],
  fa: ['خریدها', 'خرید', 'تراکنش‌ها'],
  ar: ['عمليات الشراء', 'المعاملات', 'المشتريات'],
  'zh-Hant': ['購買', '購買次數', '交易次數'],
  'zh-Hans': ['购买次数', '购买', '交易次数', '购买量'],
  de: ['Käufe', 'Transaktionen'],
  fr: ['Achats', 'Transactions'],
  es: ['Compras', 'Transacciones'],
};

const revenue: Labels = {
  en: ['Revenue', 'Total revenue', 'Purchase revenue', 'Conv. value', 'Conversion value', 'Sales'],
  fa: ['درآمد', 'کل درآمد', 'ارزش تبدیل', 'فروش'],
  ar: ['الأرباح', 'إجمالي الأرباح', 'الإيرادات', 'إجمالي الإيرادات', 'قيمة الإحالة الناجحة', 'قيمة الإحالات الناجحة', 'المبيعات'],
  'zh-Hant': ['總收益', '收益', '營收', '轉換價值', '銷售額'],
  'zh-Hans': ['总收入', '收入', '转化价值', '销售额'],
  de: ['Umsatz', 'Gesamtumsatz', 'Conv.-Wert', 'Conversion-Wert'],
  fr: ['Revenu total', 'Revenus', 'Revenu', 'Valeur de conv.', 'Valeur de conversion', 'Chiffre d\'affaires'],
  es: ['Ingresos totales', 'Ingresos', 'Valor de conv.', 'Valor de conversión'],
};

const cost: Labels = {
  en: ['Cost', 'Amount spent', 'Spend', 'Ad spend'],
  fa: ['هزینه', 'مبلغ هزینه‌شده', 'هزینه تبلیغات', 'مبلغ خرج‌شده'],
  ar: ['التكلفة', 'المبلغ المنفق', 'الإنفاق', 'الإنفاق الإعلاني'],
  'zh-Hant': ['費用', '花費金額', '廣告花費'],
  'zh-Hans': ['费用', '花费金额', '已花费金额', '广告花费', '消耗'],
  de: ['Kosten', 'Ausgegebener Betrag', 'Werbeausgaben'],
  fr: ['Coût', 'Montant dépensé', 'Dépenses publicitaires'],
  es: ['Coste', 'Costo', 'Importe gastado', 'Gasto publicitario'],
};

const conversionRate: Labels = {
  en: ['Conversion rate', 'Conv. rate', 'Session key event rate', 'Session conversion rate', 'User key event rate', 'User conversion rate'],
  fa: ['نرخ تبدیل', 'نرخ تبدیل جلسه'],
  ar: ['معدل التحويل', 'معدل الإحالات الناجحة', 'معدل الإحالة الناجحة', 'معدل تحويل الزيارات'],
  'zh-Hant': ['轉換率', '工作階段主要事件發生率', '網站訪客轉換率'],
  'zh-Hans': ['转化率', '会话关键事件率'],
  de: ['Conversion-Rate', 'Conv.-Rate', 'Konversionsrate'],
  fr: ['Taux de conversion', 'Taux de conv.'],
  es: ['Tasa de conversión', 'Tasa de conv.', 'Porcentaje de conversiones'],
};

const ctr: Labels = {
  en: ['CTR', 'Click-through rate', 'Average CTR', 'CTR (link click-through rate)', 'CTR (all)', 'Link CTR'],
  fa: ['نرخ کلیک', 'میانگین نرخ کلیک', 'نرخ کلیک به نمایش'],
  ar: ['نسبة النقر إلى الظهور', 'متوسط نسبة النقر إلى الظهور', 'معدل النقر إلى الظهور', 'نسبة النقر'],
  'zh-Hant': ['點閱率', '點擊率', '平均點閱率', '連結點閱率'],
  'zh-Hans': ['点击率', '平均点击率', '链接点击率'],
  de: ['CTR', 'Klickrate', 'Durchschnittliche CTR', 'Durchschn. CTR'],
  fr: ['CTR', 'Taux de clics', 'CTR moyen'],
  es: ['CTR', 'Porcentaje de clics', 'CTR medio', 'Tasa de clics'],
};

const cpc: Labels = {
  en: ['CPC', 'Avg. CPC', 'Average CPC', 'Cost per click', 'CPC (cost per link click)', 'Cost per link click'],
  fa: ['هزینه هر کلیک', 'میانگین هزینه هر کلیک', 'هزینه به ازای هر کلیک'],
  ar: ['تكلفة النقرة', 'متوسط تكلفة النقرة', 'التكلفة لكل نقرة'],
  'zh-Hant': ['單次點擊費用', '平均單次點擊費用', '平均單次點擊出價', '每次點擊成本'],
  'zh-Hans': ['每次点击费用', '平均每次点击费用', '单次点击费用', '平均点击成本'],
  de: ['Durchschn. CPC', 'Kosten pro Klick', 'Durchschnittlicher CPC'],
  fr: ['CPC moy.', 'Coût par clic', 'CPC moyen'],
  es: ['CPC medio', 'Coste por clic', 'Costo por clic'],
};

const cpm: Labels = {
  en: ['CPM', 'Avg. CPM', 'CPM (cost per 1,000 impressions)', 'Cost per 1,000 impressions'],
  fa: ['هزینه هر هزار نمایش', 'میانگین هزینه هر هزار نمایش'],
  ar: ['التكلفة لكل ألف ظهور', 'تكلفة الألف ظهور', 'متوسط التكلفة لكل ألف ظهور'],
  'zh-Hant': ['千次曝光費用', '平均千次曝光費用'],
  'zh-Hans': ['千次展示费用', '平均千次展示费用'],
  de: ['Durchschn. CPM', 'Tausend-Kontakt-Preis', 'Kosten pro 1.000 Impressionen'],
  fr: ['CPM moy.', 'Coût pour 1 000 impressions', 'CPM moyen'],
  es: ['CPM medio', 'Coste por mil impresiones', 'Costo por mil impresiones'],
};

const cpa: Labels = {
  en: ['CPA', 'Cost / conv.', 'Cost per conversion', 'Cost per result', 'Cost per acquisition', 'Cost per key event'],
  fa: ['هزینه هر تبدیل', 'هزینه / تبدیل', 'هزینه به ازای هر نتیجه', 'هزینه به ازای هر اکتساب'],
  ar: ['التكلفة / الإحالة الناجحة', 'التكلفة لكل نتيجة', 'تكلفة الإحالة الناجحة', 'التكلفة لكل اكتساب'],
  'zh-Hant': ['單次轉換費用', '每次成果費用', '每次轉換成本'],
  'zh-Hans': ['每次转化费用', '单次成效费用', '每次转化成本'],
  de: ['Kosten / Conv.', 'Kosten pro Ergebnis', 'Kosten pro Conversion'],
  fr: ['Coût / conv.', 'Coût par résultat', 'Coût par conversion'],
  es: ['Coste / conv.', 'Coste por resultado', 'Costo por resultado', 'Coste por conversión'],
};

const roas: Labels = {
  en: ['ROAS', 'Conv. value / cost', 'Purchase ROAS (return on ad spend)', 'Purchase ROAS', 'Return on ad spend'],
  fa: ['بازگشت هزینه تبلیغات', 'ارزش تبدیل / هزینه', 'بازده هزینه تبلیغات'],
  ar: ['عائد الإنفاق على الإعلانات', 'قيمة الإحالات الناجحة / التكلفة', 'عائد الإنفاق الإعلاني'],
  'zh-Hant': ['廣告投資報酬率', '轉換價值 / 費用', '購買廣告投資報酬率'],
  'zh-Hans': ['广告支出回报率', '转化价值 / 费用', '购买广告支出回报率'],
  de: ['ROAS', 'Conv.-Wert / Kosten', 'Return on Ad Spend'],
  fr: ['ROAS', 'Valeur de conv. / coût', 'Retour sur les dépenses publicitaires'],
  es: ['ROAS', 'Valor de conv. / coste', 'Retorno de la inversión publicitaria'],
};

const cac: Labels = {
  en: ['CAC', 'Customer acquisition cost', 'Cost per new customer'],
  fa: ['هزینه جذب مشتری', 'هزینه جذب مشتری جدید'],
  ar: ['تكلفة اكتساب العميل', 'تكلفة جذب العملاء', 'تكلفة اكتساب المستهلك', 'تكلفة اكتساب العملاء'],
  'zh-Hant': ['顧客取得成本', '獲客成本', '客戶取得成本'],
  'zh-Hans': ['获客成本', '客户获取成本'],
  de: ['Kundenakquisitionskosten', 'Kosten pro Neukunde'],
  fr: ["Coût d'acquisition client", "Coût d'acquisition d'un client"],
  es: ['Coste de adquisición de clientes', 'Costo de adquisición de clientes'],
};

const cltv: Labels = {
  en: ['Customer lifetime value', 'CLTV', 'CLV', 'LTV', 'Lifetime value'],
  fa: ['ارزش طول عمر مشتری', 'ارزش دوره عمر مشتری'],
  ar: ['القيمة الدائمة للعميل', 'قيمة العميل مدى الحياة', 'القيمة الدائمة'],
  'zh-Hant': ['顧客終身價值', '客戶終身價值', '終身價值'],
  'zh-Hans': ['客户终身价值', '客户生命周期价值', '生命周期价值'],
  de: ['Customer Lifetime Value', 'Kundenwert', 'Kundenlebenszeitwert'],
  fr: ['Valeur vie client', 'Valeur à vie du client'],
  es: ['Valor del ciclo de vida del cliente', 'Valor de vida del cliente'],
};

const bounceRate: Labels = {
  en: ['Bounce rate'],
  fa: ['نرخ پرش', 'نرخ بانس', 'نرخ پرش صفحه'],
  ar: ['معدل الارتداد', 'نسبة الارتداد'],
  'zh-Hant': ['跳出率'],
  'zh-Hans': ['跳出率'],
  de: ['Absprungrate'],
  fr: ['Taux de rebond'],
  es: ['Porcentaje de rebote', 'Tasa de rebote'],
};

const engagementRate: Labels = {
  en: ['Engagement rate'],
  fa: ['نرخ تعامل', 'نرخ درگیری'],
  ar: ['معدل التفاعل', 'نسبة التفاعل'],
  'zh-Hant': ['參與度', '互動率', '參與率'],
  'zh-Hans': ['互动率', '参与率'],
  de: ['Engagement-Rate', 'Interaktionsrate'],
  fr: ["Taux d'engagement"],
  es: ['Porcentaje de interacciones', 'Tasa de interacción'],
};

const returningVisitorShare: Labels = {
  en: ['Returning visitor share', 'Returning visitors %', 'Returning users %', '% returning users', 'Returning visitor rate'],
  fa: ['سهم بازدیدکنندگان بازگشتی', 'درصد کاربران بازگشتی', 'درصد بازدیدکنندگان بازگشتی'],
  ar: ['نسبة الزوار العائدين', 'نسبة المستخدمين العائدين'],
  'zh-Hant': ['回訪訪客比例', '回訪使用者比例', '回訪率'],
  'zh-Hans': ['回访用户比例', '回访访客比例', '回访率'],
  de: ['Anteil wiederkehrender Nutzer', 'Anteil wiederkehrender Besucher'],
  fr: ['Part des visiteurs connus', 'Part des utilisateurs connus'],
  es: ['Porcentaje de usuarios recurrentes', 'Porcentaje de visitantes recurrentes'],
};

const avgEngagementTime: Labels = {
  en: ['Average engagement time', 'Avg. engagement time', 'Average engagement time per session', 'Average engagement time per active user', 'Average session duration', 'Avg. session duration'],
  fa: ['میانگین زمان تعامل', 'میانگین مدت جلسه', 'میانگین مدت تعامل'],
  ar: ['متوسط مدة التفاعل', 'متوسط وقت التفاعل', 'متوسط مدة الجلسة'],
  'zh-Hant': ['平均參與時間', '平均互動時間', '平均工作階段時間長度'],
  'zh-Hans': ['平均互动时长', '平均参与时长', '平均会话时长'],
  de: ['Durchschnittliche Interaktionszeit', 'Durchschnittliche Sitzungsdauer'],
  fr: ["Durée d'engagement moyenne", "Temps d'engagement moyen", 'Durée moyenne des sessions'],
  es: ['Tiempo de interacción medio', 'Tiempo medio de interacción', 'Duración media de la sesión'],
};

const openRate: Labels = {
  en: ['Open rate', 'Email open rate', 'Unique open rate'],
  fa: ['نرخ باز شدن', 'نرخ بازشدن ایمیل', 'نرخ باز شدن ایمیل'],
  ar: ['معدل الفتح', 'معدل فتح البريد الإلكتروني', 'نسبة الفتح'],
  'zh-Hant': ['開啟率', '郵件開啟率', '開信率'],
  'zh-Hans': ['打开率', '邮件打开率'],
  de: ['Öffnungsrate'],
  fr: ["Taux d'ouverture"],
  es: ['Tasa de apertura', 'Porcentaje de apertura'],
};

const clickRate: Labels = {
  // Deliberately no bare "click rate" in languages where it also means ad CTR (de Klickrate, zh 點擊率).
  en: ['Click rate', 'Email click rate', 'Click-to-delivered rate'],
  fa: ['نرخ کلیک ایمیل', 'نرخ کلیک پیامک'],
  ar: ['معدل النقر في البريد الإلكتروني', 'معدل النقر على البريد الإلكتروني'],
  'zh-Hant': ['電子郵件點擊率', '郵件點擊率', '簡訊點擊率'],
  'zh-Hans': ['邮件点击率', '短信点击率'],
  de: ['E-Mail-Klickrate'],
  fr: ['Taux de clics des e-mails', "Taux de clics de l'e-mail"],
  es: ['Tasa de clics del correo electrónico', 'Tasa de clics de correo'],
};

const unsubscribeRate: Labels = {
  en: ['Unsubscribe rate', 'Unsub rate'],
  fa: ['نرخ لغو اشتراک', 'نرخ لغو عضویت'],
  ar: ['معدل إلغاء الاشتراك', 'نسبة إلغاء الاشتراك'],
  'zh-Hant': ['退訂率', '取消訂閱率'],
  'zh-Hans': ['退订率', '取消订阅率'],
  de: ['Abmelderate', 'Abmeldequote'],
  fr: ['Taux de désabonnement', 'Taux de désinscription'],
  es: ['Tasa de bajas', 'Tasa de cancelación de suscripción'],
};

const csat: Labels = {
  en: ['CSAT', 'Customer satisfaction', 'Customer satisfaction score'],
  fa: ['رضایت مشتری', 'امتیاز رضایت مشتری'],
  ar: ['رضا العملاء', 'مؤشر رضا العملاء'],
  'zh-Hant': ['顧客滿意度', '客戶滿意度'],
  'zh-Hans': ['客户满意度', '顾客满意度'],
  de: ['Kundenzufriedenheit'],
  fr: ['Satisfaction client', 'Satisfaction des clients'],
  es: ['Satisfacción del cliente'],
};

const averagePosition: Labels = {
  // Search Console's table headers say "Position" / "الموضع" / "排名" for the same average.
  en: ['Average position', 'Avg. position', 'Search ranking', 'Position'],
  fa: ['میانگین موقعیت', 'میانگین جایگاه', 'رتبه در گوگل'],
  ar: ['متوسط الموضع', 'متوسط الترتيب', 'متوسط الموقع', 'الموضع'],
  'zh-Hant': ['平均排名', '搜尋排名', '排名'],
  'zh-Hans': ['平均排名', '搜索排名', '排名'],
  de: ['Durchschnittliche Position', 'Durchschn. Position'],
  fr: ['Position moyenne'],
  es: ['Posición media', 'Posición promedio'],
};

/** The catalogue. Parts are given only where both parts are metrics Goalpost can read; bounce rate,
 *  email rates, CAC and CSAT are built from counts (bounces, delivered, new customers, responses) that
 *  dashboards rarely print, so they are compared as they stand. */
export const METRICS: Readonly<Record<MetricId, MetricDefinition>> = Object.freeze({
  sessions: { id: 'sessions', unit: 'count', kind: 'cumulative', direction: 'higher', labels: sessions },
  users: { id: 'users', unit: 'count', kind: 'cumulative', direction: 'higher', labels: users },
  'active-users': { id: 'active-users', unit: 'count', kind: 'cumulative', direction: 'higher', labels: activeUsers },
  'new-users': { id: 'new-users', unit: 'count', kind: 'cumulative', direction: 'higher', labels: newUsers },
  'returning-users': { id: 'returning-users', unit: 'count', kind: 'cumulative', direction: 'higher', labels: returningUsers },
  pageviews: { id: 'pageviews', unit: 'count', kind: 'cumulative', direction: 'higher', labels: pageviews },
  'engaged-sessions': { id: 'engaged-sessions', unit: 'count', kind: 'cumulative', direction: 'higher', labels: engagedSessions },
  impressions: { id: 'impressions', unit: 'count', kind: 'cumulative', direction: 'higher', labels: impressions },
  clicks: { id: 'clicks', unit: 'count', kind: 'cumulative', direction: 'higher', labels: clicks },
  reach: { id: 'reach', unit: 'count', kind: 'cumulative', direction: 'higher', labels: reach },
  followers: { id: 'followers', unit: 'count', kind: 'level', direction: 'higher', labels: followers },
  subscribers: { id: 'subscribers', unit: 'count', kind: 'level', direction: 'higher', labels: subscribers },
  leads: { id: 'leads', unit: 'count', kind: 'cumulative', direction: 'higher', labels: leads },
  conversions: { id: 'conversions', unit: 'count', kind: 'cumulative', direction: 'higher', labels: conversions },
  purchases: { id: 'purchases', unit: 'count', kind: 'cumulative', direction: 'higher', labels: purchases },
  revenue: { id: 'revenue', unit: 'currency', kind: 'cumulative', direction: 'higher', labels: revenue },
  cost: { id: 'cost', unit: 'currency', kind: 'cumulative', direction: 'higher', labels: cost },
  'conversion-rate': {
    id: 'conversion-rate', unit: 'percent', kind: 'ratio', direction: 'higher',
    parts: pct('conversions', 'sessions'), labels: conversionRate,
  },
  ctr: { id: 'ctr', unit: 'percent', kind: 'ratio', direction: 'higher', parts: pct('clicks', 'impressions'), labels: ctr },
  cpc: { id: 'cpc', unit: 'currency', kind: 'ratio', direction: 'lower', parts: per('cost', 'clicks'), labels: cpc },
  cpm: { id: 'cpm', unit: 'currency', kind: 'ratio', direction: 'lower', parts: per('cost', 'impressions', 1000), labels: cpm },
  cpa: { id: 'cpa', unit: 'currency', kind: 'ratio', direction: 'lower', parts: per('cost', 'conversions'), labels: cpa },
  roas: { id: 'roas', unit: 'ratio', kind: 'ratio', direction: 'higher', parts: per('revenue', 'cost'), labels: roas },
  cac: { id: 'cac', unit: 'currency', kind: 'ratio', direction: 'lower', labels: cac },
  cltv: { id: 'cltv', unit: 'currency', kind: 'level', direction: 'higher', labels: cltv },
  'bounce-rate': { id: 'bounce-rate', unit: 'percent', kind: 'ratio', direction: 'lower', labels: bounceRate },
  'engagement-rate': {
    id: 'engagement-rate', unit: 'percent', kind: 'ratio', direction: 'higher',
    parts: pct('engaged-sessions', 'sessions'), labels: engagementRate,
  },
  'returning-visitor-share': {
    id: 'returning-visitor-share', unit: 'percent', kind: 'ratio', direction: 'higher',
    parts: pct('returning-users', 'users'), labels: returningVisitorShare,
  },
  'avg-engagement-time': { id: 'avg-engagement-time', unit: 'duration', kind: 'ratio', direction: 'higher', labels: avgEngagementTime },
  'open-rate': { id: 'open-rate', unit: 'percent', kind: 'ratio', direction: 'higher', labels: openRate },
  'click-rate': { id: 'click-rate', unit: 'percent', kind: 'ratio', direction: 'higher', labels: clickRate },
  'unsubscribe-rate': { id: 'unsubscribe-rate', unit: 'percent', kind: 'ratio', direction: 'lower', labels: unsubscribeRate },
  csat: { id: 'csat', unit: 'percent', kind: 'ratio', direction: 'higher', labels: csat },
  // A search ranking is read at a point in time (level) and lower is better (1 = top).
  'average-position': { id: 'average-position', unit: 'count', kind: 'level', direction: 'lower', labels: averagePosition },
});

export const METRIC_IDS: readonly MetricId[] = Object.freeze(Object.keys(METRICS) as MetricId[]);

export const LABEL_LANGUAGES: readonly LabelLanguage[] = Object.freeze(['en', 'fa', 'ar', 'zh-Hant', 'zh-Hans', 'de', 'fr', 'es'] as const);

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(METRICS, value);
}

export function metricDefinition(id: MetricId): MetricDefinition {
  return METRICS[id];
}
