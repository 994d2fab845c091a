import { googleAds } from '../../lib/adapters/google-ads';
import { describeFixtures } from '../support/adapter-suite';

describeFixtures(googleAds, 'google-ads');
