/** How numbers read on screen: money, stocks, hours, changes. Formatting only; no model numbers. */

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Money in the scenario's currency, short: $84K, $1.2M. */
export function money(value: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat('en', {
        style: 'currency',
        currency,
        notation: 'compact',
        maximumFractionDigits: 1,
      });
    } catch {
      format = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
    }
    moneyFormats.set(currency, format);
  }
  return format.format(value);
}

/** A 0..1 stock as the 0..100 the meters show. */
export function points(value: number): string {
  return String(Math.round(value * 100));
}

/** A change of a 0..1 stock, in the meters' points, signed: +3, −2, ±0. */
export function signedPoints(delta: number): string {
  const rounded = Math.round(delta * 100);
  if (rounded === 0) return delta === 0 ? '±0' : delta > 0 ? '+<1' : '−<1';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

/** Hours, with one decimal only when needed: "2 h", "3.5 h". */
export function hours(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} h`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The first letter of a name, for avatars. */
/** "Hannah" of "Hannah Weiss". */
export function firstName(full: string): string {
  return full.trim().split(/\s+/)[0] ?? full;
}

export function initial(name: string): string {
  return (name.trim()[0] ?? '?').toUpperCase();
}
