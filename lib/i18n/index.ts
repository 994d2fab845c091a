import { en, type Catalogue, type MessageKey } from './en';

export type { MessageKey } from './en';

/** A translator bound to one catalogue; `{name}` placeholders are filled from params as text. */
export function translator(catalogue: Catalogue = en) {
  return (key: MessageKey, params: Record<string, string | number> = {}): string =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const t = translator();
