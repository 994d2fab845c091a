import { dashboardScript } from '@/components/dashboard-script';
import { metaAds } from '@/lib/adapters/meta-ads';

export default dashboardScript(metaAds);
