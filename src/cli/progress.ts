/** Progress of a long job: a redrawn bar with rate and ETA on a terminal, plain lines elsewhere. */
export interface Progress {
  tick(done: number, note?: string): void;
  finish(): void;
}

export function createProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
  unit = "items",
): Progress {
  const started = Date.now();
  const tty = stream.isTTY === true;
  let lastPlain = 0;
  const line = (done: number, note = "") => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    const share = total > 0 ? done / total : 1;
    const width = 24;
    const filled = Math.round(share * width);
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    return `${label} ${bar} ${done}/${total} ${(share * 100).toFixed(0)}% ${rate.toFixed(1)} ${unit}/s ETA ${eta}s ${note}`;
  };
  return {
    tick(done, note) {
      if (tty) {
        stream.write(`\r\x1b[2K${line(done, note).slice(0, (stream.columns || 100) - 1)}`);
        return;
      }
      // Off a terminal: one line per 10% (or 10 s), so logs stay readable.
      const now = Date.now();
      if (
        done === total ||
        now - lastPlain > 10_000 ||
        Math.floor((done * 10) / total) > Math.floor(((done - 1) * 10) / total)
      ) {
        lastPlain = now;
        stream.write(`${line(done, note)}\n`);
      }
    },
    finish() {
      if (tty) stream.write("\n");
    },
  };
}
