import { render } from 'preact';
import { AppRoot } from '@/components/i18n';
import { Options } from '@/components/Options';
import { applyStyles } from '@/components/styles';

applyStyles();
render(
  <AppRoot className="options-root">
    <Options />
  </AppRoot>,
  document.getElementById('app')!,
);
