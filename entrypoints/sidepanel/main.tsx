import { render } from 'preact';
import { AppRoot } from '@/components/i18n';
import { SidePanel } from '@/components/SidePanel';
import '@/components/ui.css';

render(
  <AppRoot>
    <SidePanel />
  </AppRoot>,
  document.getElementById('app')!,
);
