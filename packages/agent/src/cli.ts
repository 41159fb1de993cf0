#!/usr/bin/env node
import { Command } from 'commander';
import { VERSION } from './version.js';

const program = new Command('pclogin-agent')
  .description('Turn SmartOn ID logon/logoff logs into KING OF TIME punches, exactly once.')
  .version(VERSION);

program
  .command('demo')
  .description(
    'Run the agent on generated logs against a local KING OF TIME simulator (no credentials, no network).',
  )
  .action(() => {
    process.stdout.write('The demo is not built yet: see the agent issue.\n');
  });

await program.parseAsync(process.argv);
