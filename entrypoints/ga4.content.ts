import { dashboardScript } from '@/components/dashboard-script';
import { ga4 } from '@/lib/adapters/ga4';

export default dashboardScript(ga4);
