import { lookerStudio } from '../../lib/adapters/looker-studio';
import { describeFixtures } from '../support/adapter-suite';

describeFixtures(lookerStudio, 'looker-studio');
