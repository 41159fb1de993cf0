// 3. Incremental: a log folder of two sizes (50 MB and 500 MB of daily CP932 files; smoke: 2 and
// 8 MB); after a catch-up read, 100 rows are appended to the newest file and the folder reader
// runs from the previous checkpoint. Its time and the bytes it reads must not grow with the
// folder's size (target: cost proportional to the appended bytes). Correctness is checked: each
// read returns exactly the appended rows.
import { mkdtempSync, rmSync, statSync, truncateSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agentHeapArgs, smartonReaderApi } from '../lib/apis.mjs';
import { SEED, smartonFolder } from '../lib/inputs.mjs';
import { runWorker } from '../lib/measure.mjs';
import { mb, median, round } from '../lib/stats.mjs';

export const title =
  '3. Incremental: append 100 rows to a 50 MB / 500 MB log folder, read from the checkpoint';

const APPEND = 100;

async function measureFolder(bytes, employees, rounds, log, heapArgs) {
  const folder = smartonFolder({ bytes, employees });
  const newest = join(folder.dir, folder.files.at(-1));
  const { size, atime, mtime } = statSync(newest);
  const tmp = mkdtempSync(join(tmpdir(), 'pclogin-bench-incremental-'));
  const checkpointFile = join(tmp, 'checkpoint.json');
  let catchUpRun;
  let stepsRun;
  try {
    // The catch-up runs with the agent's heap (its commands run on a worker thread with these limits).
    catchUpRun = await runWorker('incremental.mjs', ['catch-up', folder.dir, checkpointFile], {
      nodeArgs: heapArgs,
    });
    stepsRun = await runWorker('incremental.mjs', [
      'steps',
      folder.dir,
      checkpointFile,
      String(rounds),
      String(APPEND),
      String(SEED + 1),
    ]);
  } finally {
    // Put the cached folder back as it was, for the next run.
    truncateSync(newest, size);
    utimesSync(newest, atime, mtime);
    rmSync(tmp, { recursive: true, force: true });
  }
  const catchUp = catchUpRun.report;
  const { first, steps, idle, checkpointBytes: steadyCheckpointBytes } = stepsRun.report;
  for (const step of steps) {
    if (step.events !== APPEND) {
      throw new Error(
        `after appending ${APPEND} rows the reader returned ${step.events} events (folder ${folder.dir})`,
      );
    }
  }
  if (catchUp.events <= 0) throw new Error(`the catch-up read of ${folder.dir} returned no events`);
  const figures = {
    folderMB: round(mb(folder.bytes), 1),
    files: folder.files.length,
    catchUp: {
      ms: round(catchUp.ms, 1),
      events: catchUp.events,
      batches: catchUp.batches,
      batchEvents: catchUp.batchEvents,
      mbPerSecond: round(mb(folder.bytes) / (catchUp.ms / 1000), 1),
      bytesReadMB: round(mb(catchUp.bytesRead), 1),
      peakRssMB: round(mb(catchUpRun.maxRssBytes ?? Number.NaN), 1),
    },
    checkpointBytes: catchUp.checkpointBytes,
    steadyCheckpointBytes,
    checkpointBytesPerFile: round(steadyCheckpointBytes / folder.files.length, 1),
    firstReadInFreshProcess: {
      ms: round(first.ms, 2),
      cpuMs: round(first.cpuMs, 2),
      bytesRead: first.bytesRead,
      filesLooked: first.filesLooked,
    },
    appendedBytes: steps[0].appendedBytes,
    incrementalMedianMs: round(median(steps.map((s) => s.ms)), 2),
    incrementalMedianCpuMs: round(median(steps.map((s) => s.cpuMs)), 2),
    incrementalRunsMs: steps.map((s) => round(s.ms, 2)),
    incrementalBytesRead: median(steps.map((s) => s.bytesRead)),
    incrementalFilesLooked: median(steps.map((s) => s.filesLooked)),
    noChangeMedianMs: round(median(idle.map((s) => s.ms)), 2),
    noChangeMedianCpuMs: round(median(idle.map((s) => s.cpuMs)), 2),
    noChangeFilesLooked: median(idle.map((s) => s.filesLooked)),
  };
  log(
    `${figures.folderMB} MB in ${figures.files} files: catch-up ${figures.catchUp.ms} ms (${figures.catchUp.mbPerSecond} MB/s, ` +
      `${figures.catchUp.events} events in ${figures.catchUp.batches} reads of ≤ ${figures.catchUp.batchEvents}, ` +
      `peak RSS ${figures.catchUp.peakRssMB} MB), checkpoint ${figures.checkpointBytes} B`,
  );
  log(
    `  first read in a fresh process ${figures.firstReadInFreshProcess.ms} ms (${figures.firstReadInFreshProcess.filesLooked} files looked at); ` +
      `per read, +${APPEND} rows (${figures.appendedBytes} B): median ${figures.incrementalMedianMs} ms ` +
      `(CPU ${figures.incrementalMedianCpuMs} ms), ${figures.incrementalBytesRead} B read, ${figures.incrementalFilesLooked} files looked at`,
  );
  log(
    `  per read, nothing new: median ${figures.noChangeMedianMs} ms (CPU ${figures.noChangeMedianCpuMs} ms), ` +
      `${figures.noChangeFilesLooked} files looked at; checkpoint as stored ${figures.steadyCheckpointBytes} B ` +
      `(${figures.checkpointBytesPerFile} B per file)`,
  );
  return figures;
}

export async function run({ smoke, log }) {
  const available = await smartonReaderApi().then(
    () => true,
    (error) => error.message,
  );
  if (available !== true) {
    log(`skipped: ${available}`);
    return { skipped: available };
  }
  const employees = smoke ? 100 : 2000;
  const rounds = smoke ? 5 : 21;
  const heapArgs = await agentHeapArgs();
  log(`catch-ups with the agent's heap: node ${heapArgs.join(' ')}`);
  const small = await measureFolder(smoke ? 2e6 : 50e6, employees, rounds, log, heapArgs);
  const large = await measureFolder(smoke ? 8e6 : 500e6, employees, rounds, log, heapArgs);
  if (!smoke) {
    // For comparison, the same catch-up with Node's default heap, which lets the old generation
    // grow to about four times the (small) live data before collecting it.
    const folder = smartonFolder({ bytes: 500e6, employees });
    const tmp = mkdtempSync(join(tmpdir(), 'pclogin-bench-incremental-'));
    try {
      const plain = await runWorker('incremental.mjs', [
        'catch-up',
        folder.dir,
        join(tmp, 'checkpoint.json'),
      ]);
      large.catchUpDefaultHeap = {
        ms: round(plain.report.ms, 1),
        peakRssMB: round(mb(plain.maxRssBytes ?? Number.NaN), 1),
      };
      log(
        `  catch-up of the 500 MB folder with Node's default heap: ${large.catchUpDefaultHeap.ms} ms, ` +
          `peak RSS ${large.catchUpDefaultHeap.peakRssMB} MB`,
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const timeRatio = large.incrementalMedianMs / small.incrementalMedianMs;
  const cpuRatio = large.incrementalMedianCpuMs / small.incrementalMedianCpuMs;
  const bytesRatio = large.incrementalBytesRead / small.incrementalBytesRead;
  const noChangeRatio = large.noChangeMedianMs / small.noChangeMedianMs;
  const checkpointRatio = large.steadyCheckpointBytes / small.steadyCheckpointBytes;
  const sizeRatio = large.folderMB / small.folderMB;
  const readPerAppended = large.incrementalBytesRead / large.appendedBytes;
  log(
    `folder ${round(sizeRatio, 1)}× larger → incremental time ${round(timeRatio)}× (CPU ${round(cpuRatio)}×), ` +
      `bytes read ${round(bytesRatio)}× ` +
      `(target ≈ 1×); bytes read / bytes appended: ${round(readPerAppended)}`,
  );
  log(
    `  a read with nothing new ${round(noChangeRatio)}×; the checkpoint ${round(checkpointRatio)}× ` +
      `(${large.files / small.files > 0 ? round(large.files / small.files, 1) : '?'}× the files)`,
  );
  return {
    append: APPEND,
    small,
    large,
    folderSizeRatio: round(sizeRatio, 1),
    incrementalTimeRatio: round(timeRatio),
    incrementalCpuRatio: round(cpuRatio),
    incrementalBytesReadRatio: round(bytesRatio),
    noChangeTimeRatio: round(noChangeRatio),
    checkpointBytesRatio: round(checkpointRatio),
    bytesReadPerAppendedByte: round(readPerAppended),
  };
}
