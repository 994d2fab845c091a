import { startFirstRequests } from '@/components/first-requests';

/**
 * Loaded by the side panel's <head> as a classic script, before its modules: asks the background for
 * the settings and the tab's view while the modules load (see components/first-requests.ts).
 */
export default defineUnlistedScript(() => startFirstRequests({ withView: true }));
