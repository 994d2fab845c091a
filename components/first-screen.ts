/**
 * How many goal cards fill the window, whatever its height: cards are about 250 px tall (a forecast
 * line, warnings and SMART letters make them taller). The side panel asks the background for this
 * many goals first (first-requests.ts) and builds no more cards before its first frame (progressive.tsx).
 */
export const cardsForWindow = (): number => Math.max(3, Math.ceil((typeof innerHeight === 'number' && innerHeight > 0 ? innerHeight : 1200) / 250));
