import { metaAds } from '../../lib/adapters/meta-ads';
import { describeFixtures } from '../support/adapter-suite';

describeFixtures(metaAds, 'meta-ads');
