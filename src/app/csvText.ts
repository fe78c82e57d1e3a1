/**
 * A table as CSV text (RFC 4180: commas, CRLF, quotes doubled), safe to open
 * in a spreadsheet: a text cell that starts like a formula gets a leading
 * apostrophe so it shows as text instead of running.
 */
import type { SessionTable } from '../sim/sessionTables';

const numeric = /^-?\d+(\.\d+)?$/;

function cell(value: string): string {
  const safe = !numeric.test(value) && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvText(table: SessionTable): string {
  const lines = [table.head, ...table.rows].map((row) => row.map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
