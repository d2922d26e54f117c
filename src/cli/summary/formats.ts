/** The summary formats by name (`--format`): each writes rows as they come. */
import type { SummaryFormat } from '../args.js';
import { csvWriter } from './csv.js';
import { jsonWriter } from './json.js';
import { tableWriter } from './table.js';
import type { SummaryWriter, WriterOptions } from './writer.js';

export function summaryWriter(format: SummaryFormat, options: WriterOptions): SummaryWriter {
  switch (format) {
    case 'csv':
      return csvWriter(options);
    case 'json':
      return jsonWriter(options);
    case 'table':
      return tableWriter(options);
  }
}
