import { dashboardScript } from '@/components/dashboard-script';
import { lookerStudio } from '@/lib/adapters/looker-studio';

export default dashboardScript(lookerStudio);
