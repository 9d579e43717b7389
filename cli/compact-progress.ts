/**
 * The progress of moving an older database's readings to the compact layout (migration
 * 0021, once, at the first open after an upgrade), on stderr: a bar redrawn in place on a
 * terminal, a line per tenth otherwise (logs). Nothing is shown when there is nothing to move.
 */
export function compactProgressBar(out: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    if (total === 0) return;
    const share = done / total;
    const label = `moving readings to the compact storage layout (a copy of the file is kept until it is done)`;
    if (out.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      out.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}% (${done} of ${total} rows)${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    out.write(`${label}: ${tenth * 10}% (${done} of ${total} rows)\n`);
  };
}
