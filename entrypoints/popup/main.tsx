import { render } from 'preact';
import { AppRoot } from '@/components/i18n';
import { Popup } from '@/components/Popup';
import '@/components/ui.css';

render(
  <AppRoot>
    <Popup />
  </AppRoot>,
  document.getElementById('app')!,
);
