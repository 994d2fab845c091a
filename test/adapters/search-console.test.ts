import { searchConsole } from '../../lib/adapters/search-console';
import { describeFixtures } from '../support/adapter-suite';

describeFixtures(searchConsole, 'search-console');
