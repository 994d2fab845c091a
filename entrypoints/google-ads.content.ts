import { dashboardScript } from '@/components/dashboard-script';
import { googleAds } from '@/lib/adapters/google-ads';

export default dashboardScript(googleAds);
