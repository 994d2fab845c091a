import { generic } from '../../lib/adapters/generic';
import { describeFixtures } from '../support/adapter-suite';

describeFixtures(generic, 'generic');
