import { render } from 'preact';
import { AppRoot, prefetchSettings } from '@/components/i18n';
import { prefetchFirstView, SidePanel } from '@/components/SidePanel';
import { applyStyles } from '@/components/styles';

// Both first requests go out at once, before the first render.
prefetchSettings();
prefetchFirstView();
applyStyles();
render(
  <AppRoot>
    <SidePanel />
  </AppRoot>,
  document.getElementById('app')!,
);
