import { render } from 'preact';
import { SidePanel } from '@/components/SidePanel';
import '@/components/ui.css';

render(<SidePanel />, document.getElementById('app')!);
