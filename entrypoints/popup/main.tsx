import { render } from 'preact';
import { AppRoot } from '@/components/i18n';
import { Popup } from '@/components/Popup';
import { applyStyles } from '@/components/styles';

applyStyles();
render(
  <AppRoot>
    <Popup />
  </AppRoot>,
  document.getElementById('app')!,
);
