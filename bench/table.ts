import type { MachineDescription } from './machine.ts';

/** One row of the printed table. */
export interface FigureRow {
  figure: string;
  value: string;
  target?: string;
  met?: boolean;
}

/** Formats the machine and the figures as Markdown, ready for docs/benchmarks.md. */
export function formatReport(
  machine: MachineDescription,
  rows: FigureRow[],
  date: Date,
): string {
  const lines = [
    `Run ${date.toISOString()} on: ${machine.cpuModel}, ${
      machine.cores
    } cores, ` +
      `${machine.memoryGiB} GiB memory, Node.js ${machine.node}, Kubernetes ${machine.kubernetes}`,
    '',
    '| figure | value | target | met |',
    '| --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    let met = '';
    if (row.met !== undefined) {
      met = row.met ? 'yes' : 'no';
    }
    lines.push(
      `| ${row.figure} | ${row.value} | ${row.target ?? ''} | ${met} |`,
    );
  }
  return lines.join('\n');
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
