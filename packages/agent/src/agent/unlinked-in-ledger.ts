import { createPipeline, type LedgerStore, type UnlinkedAccountDays } from '@pclogin/core';

/** The accounts whose logs the ledger keeps without a link: how many logs, which working days. */
export function unlinkedInLedger(store: LedgerStore): UnlinkedAccountDays[] {
  const never = (): never => {
    throw new Error('reading only');
  };
  return createPipeline({ store, sink: { send: never, recorded: never } }).status().unlinked;
}
