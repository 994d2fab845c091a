import { dashboardScript } from '@/components/dashboard-script';
import { searchConsole } from '@/lib/adapters/search-console';

export default dashboardScript(searchConsole);
