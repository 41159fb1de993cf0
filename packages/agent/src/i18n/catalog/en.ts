// The CLI's English messages, ICU MessageFormat (https://unicode-org.github.io/icu/userguide/format_parse/messages/).
// One message per line; the same key, with the same placeholders, is in ja.ts (a test checks).
// Words: docs/glossary.md. A `'` starts an ICU quote: write ’ in text, or '' for a plain quote.

/** The English catalog: the keys of every message the CLI prints. */
export const en = {
  // The command line: help, options, the parser's complaints.
  'cli.description':
    'Turn SmartOn ID logon/logoff logs into KING OF TIME punches (出勤 / 退勤), exactly once.',
  'cli.helpAfterError': '(pclogin-agent --help lists the commands)',
  'cli.helpFooter':
    'Exit status: 0 success, 1 failure, 2 usage or configuration error.\nEnvironment: PCLOGIN_ACCESS_TOKEN (アクセストークン), PCLOGIN_NOW (set the clock, like --now),\nPCLOGIN_LANG (ja or en, like --lang), HTTPS_PROXY / NO_PROXY (when the configuration has no proxy).',
  'cli.option.lang': 'the language of messages: ja or en (default: PCLOGIN_LANG, else the system’s language)',
  'cli.option.version': 'print the version',
  'cli.option.help': 'show the help of a command',
  'cli.helpCommand': 'show the help of a command',
  'cli.option.config':
    'the configuration file (default: $PCLOGIN_CONFIG, else ./pclogin.config.json, else %ProgramData%\\pclogin\\pclogin.config.json on Windows, /etc/pclogin/pclogin.config.json on Linux)',
  'cli.option.now': 'set the clock to an ISO 8601 instant, e.g. 2024-02-10T12:00:00+09:00',
  'cli.option.offlineConfig': 'use the csv and timeZone settings of this configuration file',
  'cli.option.timeZone': 'the IANA time zone of the logs (default: Asia/Tokyo)',
  'cli.option.jsonLines': 'one JSON object per line',
  'cli.option.jsonObject': 'print one JSON object',
  'cli.option.dayBorder': 'the day-change time (日付変更時刻)',
  'cli.argument.paths': 'files or folders',
  'cli.help.usage': 'Usage:',
  'cli.help.arguments': 'Arguments:',
  'cli.help.options': 'Options:',
  'cli.help.globalOptions': 'Global Options:',
  'cli.help.commands': 'Commands:',
  'cli.help.extras': '{description} ({extras})',
  'cli.help.default': 'default: {value}',
  'cli.help.choices': 'choices: {values}',
  'cli.parser.unknownOption': 'error: unknown option {option}',
  'cli.parser.unknownCommand': 'error: unknown command {command}',
  'cli.parser.missingArgument': 'error: missing required argument {argument}',
  'cli.parser.optionArgumentMissing': 'error: option {option} needs a value',
  'cli.parser.requiredOption': 'error: required option {option} not given',
  'cli.parser.invalidChoice': 'error: option {option}: {value} is not one of {choices}',
  'cli.parser.tooManyArguments': 'error: too many arguments',
  'cli.parser.didYouMean': '(Did you mean {suggestion}?)',
  'cmd.setup.description':
    'first-run wizard: 企業コード, access token (checked with KING OF TIME), log folder, proxy; writes the configuration where every command finds it, readable only by the service account and administrators, then runs doctor',
  'cmd.setup.companyCode': '企業コード',
  'cmd.setup.accessToken': 'アクセストークン (prefer the PCLOGIN_ACCESS_TOKEN environment variable)',
  'cmd.setup.logDirectory': 'the SmartOn ID log folder (Windows default: the registry’s setting)',
  'cmd.setup.stateDirectory': 'the folder for the ledger (default: %ProgramData%\\pclogin, /var/lib/pclogin)',
  'cmd.setup.proxy': 'the HTTP proxy, e.g. http://proxy.example.co.jp:8080',
  'cmd.setup.proxyUsername': 'the proxy user name',
  'cmd.setup.proxyPassword': 'the proxy password',
  'cmd.setup.kotBaseUrl': 'a KING OF TIME Web API other than https://api.kingtime.jp/v1.0 (tests)',
  'cmd.setup.linksExport': 'then write the employee list as a linking CSV to this file',
  'cmd.setup.serviceInstall': 'then install and start the service',
  'cmd.setup.winsw':
    'Windows: the WinSW executable for --service-install (default: beside pclogin-agent.exe)',
  'cmd.setup.skipKotCheck': 'do not check the token with KING OF TIME now (a server not yet allowed through)',
  'cmd.setup.yes': 'ask nothing: take the options and the defaults',
  'cmd.demo.description':
    'generate a week of SmartOn logs, deliver them to a local KING OF TIME simulator, and show what KOT holds (no credentials, no network)',
  'cmd.demo.console': 'then open the web console (pclogin-agent console) on the demo’s data until Ctrl+C',
  'cmd.console.description':
    'a local web console: 状態, 日別データ, ログ表示, アカウント連携 and 補正, on 127.0.0.1 with an access key',
  'cmd.console.port': 'the port (0: any free port)',
  'cmd.console.listen':
    'listen on this address instead of 127.0.0.1: other computers can reach it (trusted networks only)',
  'cmd.console.readOnly': 'show everything, change nothing',
  'cmd.run.description':
    'read the log folder and deliver punches to KING OF TIME; keeps watching until stopped',
  'cmd.run.once':
    'process everything available, deliver what is due, reconcile, and exit: 0 when nothing is left to deliver, 3 when punches are left (see --max-wait)',
  'cmd.run.maxWait':
    'with --once: how long to wait for retries and checks of uncertain punches before giving up with status 3 (default: 120)',
  'cmd.run.json': 'with --once: print a summary as JSON on stdout',
  'cmd.run.repair':
    'open a damaged (or restored) ledger: keep what it holds, and check KING OF TIME before sending anything not known as sent',
  'cmd.retry.description':
    'send failed punches again once their cause is fixed (all, or the ids status shows)',
  'cmd.retry.ids': 'punch ids, e.g. 0001|2024-02-07|clockIn|0',
  'cmd.corrections.description': 'items a person fixes in KING OF TIME',
  'cmd.correctionsResolve.description':
    'mark correction items as fixed (after editing the day in KING OF TIME)',
  'cmd.correctionsResolve.ids': 'correction ids as status shows them',
  'cmd.status.description': 'punches by state, what waits and until when, failures and correction items',
  'cmd.doctor.description':
    'check the configuration, log folder, links, token, proxy and clock, with a fix for each problem',
  'cmd.doctor.json': 'print the checks as one JSON object',
  'cmd.inspect.description':
    'how a SmartOn log file is read: encoding, delimiter, header, columns, event words, bad lines',
  'cmd.inspect.file': 'a SmartOn log CSV file',
  'cmd.inspect.json': 'print the report as JSON',
  'cmd.events.description': 'the events in SmartOn log files or folders, oldest first; bad rows go to stderr',
  'cmd.daily.description':
    'the working-day summary per account or employee: 出勤 (first log) and 退勤 (last log)',
  'cmd.daily.links': 'the linking CSV: show the KOT employee code of each linked account',
  'cmd.daily.from': 'first working day to show, YYYY-MM-DD',
  'cmd.daily.to': 'last working day to show, YYYY-MM-DD',
  'cmd.logs.description':
    'PC Login’s log view: every event, with the remark ログオン (first of the day) or ログオフ (last)',
  'cmd.logs.date': 'only this working day, YYYY-MM-DD',
  'cmd.daily.config':
    'use this configuration file’s csv and timeZone settings, and the agent’s working days and links',
  'cmd.daily.dayBorder':
    'one day-change time (日付変更時刻) for everyone (default: the agent’s, per division, when a configuration file is given or found; else 00:00)',
  'cmd.logs.config': 'use this configuration file’s csv and timeZone settings, and the agent’s working days',
  'cmd.punches.description':
    'the punches per employee and working day: planned (for when), sent (when), uncertain, failed (why); --check puts what KING OF TIME holds beside them',
  'cmd.punches.from': 'first working day, YYYY-MM-DD (default: six days before today)',
  'cmd.punches.to': 'last working day, YYYY-MM-DD',
  'cmd.punches.employee': 'only this employee (打刻先アカウント)',
  'cmd.punches.check': 'read what KING OF TIME holds for those days and mark the differences',
  'cmd.punches.json': 'one JSON object per employee and working day',
  'cmd.links.description': 'the linking CSV (サービスアカウント ⇔ 打刻先アカウント)',
  'cmd.linksExport.description':
    'write KOT’s employee list as a linking CSV to edit, as PC Login’s CSV データ出力 does',
  'cmd.linksExport.out': 'the CSV file to write',
  'cmd.linksExport.encoding': 'the file encoding',
  'cmd.linksImport.description':
    'validate a linking CSV against the employee list and store it for the agent',
  'cmd.linksImport.file': 'the edited linking CSV',
  'cmd.linksCheck.description': 'validate a linking CSV (default: the stored one); exit status 1 on errors',
  'cmd.linksCheck.file': 'the linking CSV to check',
  'cmd.linksCheck.json': 'print the problems as JSON',
  'cmd.service.description': 'run the agent as a Windows service or a systemd unit',
  'cmd.serviceInstall.description': 'install and start the service (Windows: WinSW; Linux: systemd)',
  'cmd.serviceInstall.winsw': 'Windows: the WinSW executable you placed for the service (see the guide)',
  'cmd.serviceInstall.unitDir': 'Linux: where to write the unit',
  'cmd.serviceUninstall.description': 'stop and remove the service',
  'cmd.serviceUninstall.winsw': 'Windows: the WinSW executable the service was installed with',
  'cmd.serviceUninstall.unitDir': 'Linux: where the unit was written',
  'cmd.servicePrint.description': 'show what install would write, on any platform',
  'cmd.servicePrint.platform': 'which service definition',
  'cmd.servicePrint.winsw': 'Windows: the WinSW executable the service would use',

  // Errors and their fixes.
  'error.hint': '  → {hint}',
  'error.workerOutOfMemory':
    'the command needed more than {mb} MB of heap; run it with NODE_OPTIONS=--max-old-space-size=<MB> to choose the heap yourself',
  'hint.KOT_AUTHENTICATION_FAILED':
    'check the アクセストークン (PCLOGIN_ACCESS_TOKEN or accessToken) and its allowed IP addresses in KOT WebAPI連携設定; `pclogin-agent doctor` checks it',
  'hint.KOT_PERMISSION_DENIED':
    'the token lacks a permission (employees, divisions and time records: read; time records: write) or this server’s address is not allowed; see KOT WebAPI連携設定',
  'hint.KOT_PROXY_AUTHENTICATION_FAILED': 'correct proxy.username / proxy.password in the configuration',
  'hint.KOT_CONNECTION_FAILED':
    'check the network, the firewall and the proxy settings; `pclogin-agent doctor` shows what answers',
  'hint.KOT_TIMEOUT':
    'KING OF TIME or the proxy did not answer in time; check the network, or raise kot.timeoutSeconds',
  'hint.LEDGER_LOCKED':
    'another pclogin-agent (the service?) uses this state folder: stop it first (status and doctor work beside it)',
  'hint.LEDGER_WRITE_FAILED':
    'the account running pclogin-agent must own (or be able to write) the state folder and every file in it; `pclogin-agent doctor` checks it',
  'hint.LEDGER_CORRUPT':
    'keep a copy of the state folder, then `pclogin-agent run --once --repair`: it keeps what the ledger holds and checks KING OF TIME before sending anything not known as sent',
  'config.invalid': '{where}invalid configuration',
  'config.notFoundSearched':
    'no {file} found (looked in {looked}): run `pclogin-agent setup` to create one, or pass --config PATH',
  'config.notFoundEnv':
    'file not found: {path} (from the PCLOGIN_CONFIG environment variable); correct the variable or remove it',
  'config.notFound': 'file not found: {path}; pass the path of your {file}',
  'config.permissionDenied':
    'cannot read {path} (permission denied): run this as an administrator (Windows) or with sudo (Linux), or let the account running the agent read it',
  'config.isFolder': '{path} is a folder: pass the path of the {file} file inside it',
  'config.unreadable': 'cannot read {path} ({code})',
  'config.invalidJson': 'not valid JSON at line {line}, column {column}: {reason}',
  'config.invalidJson.backslash':
    'in JSON a Windows path needs doubled backslashes ("D:\\\\SmartOn\\\\Log") or forward slashes ("D:/SmartOn/Log")',
  'config.invalidJson.syntax': 'check the commas, quotes and braces there',
  'config.encoding.shiftJis':
    'the file is saved in Shift_JIS (ANSI); it was read as Shift_JIS. Saving it as UTF-8 avoids surprises: in Notepad, 名前を付けて保存 (Save As) → 文字コード (Encoding) → UTF-8',
  'config.encoding.unknown':
    'the file is not UTF-8, UTF-16 or Shift_JIS text ({detail}): save it as UTF-8 (Notepad: 名前を付けて保存 (Save As) → 文字コード (Encoding) → UTF-8)',
  'config.encoding.ambiguous':
    'the file is not UTF-8 and could be Shift_JIS or another encoding ({detail}): save it as UTF-8 (Notepad: 名前を付けて保存 (Save As) → 文字コード (Encoding) → UTF-8)',
  'config.using': 'configuration: {file} ({source})',
  'config.usingDefaults': 'configuration: no file found, using the defaults',
  'config.source.option': 'given with --config',
  'config.source.env': 'from PCLOGIN_CONFIG',
  'config.source.workingFolder': 'found in the working folder',
  'config.source.platformDefault': 'the default location',
  'service.printWinsw': 'service install writes {file} (beside {winsw}):',
  'service.printUnit': 'service install writes {file}:',
  'service.userMissing':
    'the account {user} the service runs as does not exist: run `sudo pclogin-agent setup` first (it creates it), or `useradd --system --no-create-home --shell /usr/sbin/nologin {user}`',
  'config.unknownField': 'unknown field; the fields here are: {fields}',
  'config.unknownFieldBare': 'unknown field',
  'config.logDirectoryMissing':
    'missing, and the registry does not give it ({reason}); set it to the SmartOn ID log server’s CSV output folder',
  'config.logDirectoryMissingForSource': 'missing: set it to the folder the log source reads',
  // Configuration fields (pclogin.config.json).
  'schema.missing': 'missing: {what}',
  'schema.mustBe': 'must be {what}',
  'schema.what.path': 'a folder or file path ({target})',
  'schema.emptyPath': 'must not be empty: give the path of {target}',
  'schema.target.logFolder': 'the SmartOn ID log output folder',
  'schema.target.stateFolder': 'the folder for the agent’s state',
  'schema.target.linksFile': 'the linking CSV file',
  'schema.what.companyCode': 'a string of 3 or 6 letters or digits (企業コード)',
  'schema.companyCode':
    'must be 3 or 6 letters or digits (企業コード: the first 3 or 6 characters of your KING OF TIME login ID); got {count, plural, one {# character} other {# characters}}',
  'schema.what.accessToken': 'a string of 32 letters or digits (アクセストークン)',
  'schema.accessToken':
    'must be 32 letters or digits (アクセストークン, issued in KING OF TIME under 設定 > その他 > オプション > 外部サービス連携); got {secret}',
  'schema.baseUrl': 'must be an http(s) URL, e.g. "https://api.kingtime.jp/v1.0"',
  'schema.what.seconds': 'a number of seconds',
  'schema.positiveSeconds': 'must be a positive number of seconds, e.g. 30',
  'schema.max600Seconds': 'must be at most 600 seconds',
  'schema.what.requestsPerSecond': 'a number of requests per second',
  'schema.positiveNumber': 'must be a positive number, e.g. 5',
  'schema.proxyUrl': 'must be the proxy URL with its port, e.g. "http://proxy.example.co.jp:8080"',
  'schema.what.proxyUser': 'a string (the proxy user name)',
  'schema.what.proxyPassword': 'a string (the proxy password)',
  'schema.what.boolean': 'true or false',
  'schema.what.minutes': 'a whole number of minutes',
  'schema.wholeMinutesExample': 'must be a whole number of minutes, e.g. 60',
  'schema.wholeMinutes': 'must be a whole number of minutes',
  'schema.atLeastOneMinute': 'must be at least 1 minute',
  'schema.zeroOrMoreMinutes': 'must be 0 or more minutes',
  'schema.max1440Minutes': 'must be at most 1440 minutes',
  'schema.what.timeZone': 'an IANA time zone name, e.g. "Asia/Tokyo"',
  'schema.timeZone': 'must be an IANA time zone name this system knows, e.g. "Asia/Tokyo"',
  'schema.clockOut': 'must be "after-day-end" or "rolling"',
  'schema.what.pattern': 'a file name pattern, e.g. "*.csv"',
  'schema.emptyPattern': 'must not be empty, e.g. "*.csv"',
  'schema.hhmm': 'must be a time HH:MM, e.g. "05:00"',
  'schema.what.date': 'a date YYYY-MM-DD',
  'schema.date': 'must be a date YYYY-MM-DD, e.g. "2024-04-01"',
  'schema.realDate': 'must be a real date, e.g. "2024-04-01"',
  'schema.atLeastOneSecond': 'must be at least 1 second',
  'schema.max3600Seconds': 'must be at most 3600 seconds',
  'schema.logFormat': 'must be "text" or "json"',
  'schema.logLevel': 'must be "debug", "info", "warn" or "error"',
  'usage.dayBorder': '--day-border: "{value}" is not a time HH:MM, e.g. 05:00',
  'usage.date': '--{name}: "{value}" is not a date YYYY-MM-DD, e.g. 2024-02-07',
  'usage.timeZone': '--time-zone: "{value}" is not an IANA time zone name this system knows, e.g. Asia/Tokyo',
  'usage.now':
    '{from}: "{value}" is not an ISO 8601 instant with an offset; write e.g. 2024-02-10T12:00:00+09:00',
  'logFolder.unreadable': 'cannot read the log folder {folder}: {why}',
  'logFolder.notFound':
    'it does not exist: set logDirectory to the SmartOn ID log server’s CSV output folder',
  'logFolder.notFolder': 'it is a file, not a folder: set logDirectory to the folder the CSV files are in',
  'logFolder.denied': 'permission denied: let the account running the agent (the service account) read it',
  'logFolder.ioError': '{code}: check the path and the network share',
  'links.fileMissing':
    'no linking CSV at {file}: create it with `pclogin-agent links export --out links.csv`, fill in the サービスアカウント, then `pclogin-agent links import links.csv`',
  'links.fileUnreadable':
    'cannot read the linking CSV {file} ({code}): let the account running the agent read it',
  'links.fileErrors':
    '{file}: {count, plural, one {# error} other {# errors}} in the linking CSV; nothing is sent until they are fixed (check it with `pclogin-agent links check`)',
  'directory.notStored':
    'no copy of the employee list from KING OF TIME is stored yet: run `pclogin-agent links export` or `run` once while KING OF TIME can be read',
  'directory.restricted':
    'KING OF TIME refuses reads during its restricted hours (APIの利用制限時間帯) until {until}',
  'directory.cannotFetch': 'cannot fetch the employee list: {why}, and no copy is stored yet',
  'directory.fetchFailed': 'cannot fetch the employee list from KING OF TIME: {message}',
  'directory.fetchFailedStale': 'fetching it failed ({message})',
  'agent.credentialsRefused':
    'KING OF TIME or the proxy refused the credentials, so nothing more is sent until they are fixed: {reason}',

  // The agent's log lines (`run`).
  'log.signal': '{signal} received: stopping after the request in flight',
  'log.onePass': 'one pass',
  'log.started': 'agent started',
  'log.stopped': 'agent stopped',
  'log.usingStoredList': 'using the stored employee list',
  'log.listFetched': 'employee list fetched from KING OF TIME',
  'log.linksLoaded': 'linking CSV loaded',
  'log.linksChangedWithErrors': 'the changed linking CSV has errors; still using the previous links',
  'log.oldPunchesDropped': 'old settled punches dropped from the ledger',
  'log.passFailed': 'pass failed; trying again at the next poll',
  'log.skipped': 'skipped: {reason}',
  'log.moreProblems':
    '{count, plural, one {# more problem} other {# more problems}} in the logs; see pclogin-agent inspect',
  'log.unlinkedAccount': 'logs of an account no link covers: it gets no punches',
  'log.unlinkedAccountKept':
    'logs of an account no link covers: kept, and punched once it is linked (add it to the linking CSV)',
  'log.unseenDaysWait': 'punches of days this state folder has not seen wait until KING OF TIME can be read',
  'log.punchHeld': 'KING OF TIME already held this punch (a day this state folder had not seen): not sent',
  'log.waitingForRest': 'waiting to deliver the rest',
  'log.passDone': 'pass done',
  'log.deliveryPaused': 'delivery paused',
  'log.notStopped':
    'not stopped {seconds, plural, one {# s} other {# s}} after {signal}: stopping now (a punch in flight is checked against KING OF TIME at the next start)',
  'log.requestApplied': 'request applied: {answer}',
  'log.consoleLinksSaved': 'linking CSV saved from the console',
  'log.consoleRequestHanded': 'ledger change handed to the running agent',
  'log.passRecordFailed': 'the pass record (for the console) could not be written',
  'log.reconcileWaits': 'checking uncertain punches waits',
  'log.correctionNeeded': 'needs a correction in KING OF TIME',
  'log.uncertainFound': 'uncertain punch found in KING OF TIME',
  'log.uncertainAbsent': 'uncertain punch absent from KING OF TIME',
  'log.punchSent': 'punch sent',
  'log.punchFailed': 'punch failed',
  'log.punchUncertain': 'punch outcome unknown; KING OF TIME will be checked before any resend',
  'log.punchDeferred': 'punch deferred',
  'log.deliveryRound': 'delivery round',
  'log.kotRequest': 'KOT request',
  'log.kotResponse': 'KOT response',
  'log.kotWaiting': 'KOT rate limit: waiting',
  'log.kotRetrying': 'KOT request failed, retrying',
  'log.kotFailed': 'KOT request failed',
  'progress.read': 'Reading',
  'progress.deliver': 'Sending punches',
  'progress.eta': 'ETA',
  'progress.bytes': 'bytes',
  'progress.punches': 'punches',

  // doctor.
  'doctor.status.ok': 'ok',
  'doctor.status.warn': 'warn',
  'doctor.status.fail': 'fail',
  'doctor.status.skip': 'skip',
  'doctor.summary':
    '{ok} ok, {warn, plural, one {# warning} other {# warnings}}, {fail} failed{skip, plural, =0 {} other {, # skipped}}',
  'doctor.plain': '{text}',
  'secret.summary': '{length, plural, one {# character} other {# characters}}',
  'secret.summaryEnding': '{length, plural, one {# character} other {# characters}}, ending …{ending}',
  'doctor.title.config': 'configuration',
  'doctor.title.log-folder': 'log folder',
  'doctor.title.newest-log': 'newest log',
  'doctor.title.parse': 'parse problems',
  'doctor.title.links': 'linking CSV',
  'doctor.title.unlinked-accounts': 'accounts without a link',
  'doctor.title.unused-links': 'links without logs',
  'doctor.title.ledger': 'ledger',
  'doctor.title.restricted-hours': 'restricted hours',
  'doctor.title.token': 'token',
  'doctor.title.network': 'KING OF TIME reachable',
  'doctor.title.clock': 'clock',
  'doctor.title.ledger-lock': 'ledger lock',
  'doctor.config.invalidFix': 'correct {file} as each problem says',
  'doctor.config.theConfiguration': 'the configuration',
  'doctor.config.defaults': '(defaults)',
  'doctor.config.valid': '{file} is valid; {token}; state in {state}',
  'doctor.config.token': 'token {secret}',
  'doctor.config.noToken': 'no token',
  'doctor.config.validClockSet':
    '{file} is valid; {token}; state in {state}; the clock is set to {now} by --now / PCLOGIN_NOW',
  'doctor.config.clockSetFix': 'unset PCLOGIN_NOW for normal operation',
  'doctor.noEmployeeList': 'no employee list ({reason})',
  'doctor.logFolder.notConfigured': 'not configured, and the registry does not give it: {reason}',
  'doctor.logFolder.notConfiguredFix':
    'set logDirectory in the configuration to the SmartOn ID log server’s CSV output folder',
  'doctor.logFolder.notFound': '{folder}: does not exist',
  'doctor.logFolder.denied': '{folder}: permission denied',
  'doctor.logFolder.unreadable': '{folder}: {code}',
  'doctor.logFolder.deniedFix': 'let the account running the agent (the service account) read the folder',
  'doctor.logFolder.notFoundFix':
    'set logDirectory to the folder shown in the log server’s settings (ログ出力先)',
  'doctor.logFolder.configured': '{folder} (configured)',
  'doctor.logFolder.configuredSame': '{folder} (configured); the registry says the same',
  'doctor.logFolder.configuredDiffers':
    '{folder} (configured); the log server writes to {registry} (registry)',
  'doctor.logFolder.fromRegistry': '{folder} (from the registry, {source})',
  'doctor.logFolder.differsFix': 'make logDirectory the folder the log server writes to (manual 5.2)',
  'doctor.newestLog.none': 'no files matching {pattern} in {folder}',
  'doctor.newestLog.noneFix':
    'check that this is the log server’s output folder and that it writes CSV logs (manual 5.2)',
  'doctor.newestLog.minutes':
    '{file}, written {minutes, plural, one {# minute} other {# minutes}} ago ({files, plural, one {# file} other {# files}})',
  'doctor.newestLog.hours':
    '{file}, written {hours} hours ago ({files, plural, one {# file} other {# files}})',
  'doctor.newestLog.oldFix':
    'nothing new for a day: is the log server running, and is this the folder it writes to?',
  'doctor.parse.clean':
    'the newest {files, plural, one {file reads} other {# files read}} cleanly ({events, plural, one {# event} other {# events}})',
  'doctor.parse.problems':
    '{skipped, plural, one {# row} other {# rows}} skipped in the newest {files, plural, one {file} other {# files}} ({unreadable, plural, one {# file} other {# files}} not understood), e.g. {example}',
  'doctor.parse.fix':
    'look at the file with `pclogin-agent inspect FILE`; set the columns in the configuration’s csv section if needed',
  'doctor.links.fix':
    'pclogin-agent links export --out links.csv, edit it, then pclogin-agent links import links.csv',
  'doctor.links.detail':
    '{file}: {linked, plural, one {# account} other {# accounts}} linked, {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}} (checked against {against}){first}',
  'doctor.links.firstError': '; line {line}: {message}',
  'doctor.links.checkFix': 'pclogin-agent links check {file} lists each problem with its fix',
  'doctor.unlinked.some':
    '{count, plural, one {# account} other {# accounts}} with logs {count, plural, one {gets} other {get}} no punches: {accounts}',
  'doctor.unlinked.someKept':
    '{count, plural, one {# account} other {# accounts}} with logs {count, plural, one {gets} other {get}} no punches: {accounts}; kept in the ledger until linked: {kept}',
  'doctor.unlinked.none':
    'every account in the newest logs is linked ({count, plural, one {# account} other {# accounts}})',
  'doctor.unlinked.fix':
    'add them as サービスアカウント in the linking CSV (manual 3.1): their kept logs are punched then, the earliest as 出勤; or ignore accounts that are not employees',
  'doctor.unused.some':
    '{count, plural, one {# linked account does} other {# linked accounts do}} not appear in the newest logs: {accounts}',
  'doctor.unused.none': 'every linked account appears in the newest logs',
  'doctor.unused.fix':
    'check the spelling of these サービスアカウント (they must equal the SmartOn account); people on leave are fine',
  'doctor.ledger.detail':
    '{folder}: {sent} sent, {planned} planned, {uncertain} uncertain, {failed} failed, {corrections} to correct',
  'doctor.ledger.fix': 'pclogin-agent status shows each failure and correction with its reason',
  'doctor.ledger.unwritable': 'the state folder {folder} cannot be written ({code})',
  'doctor.ledger.unwritableFix': 'let the account running the agent write it, or set stateDirectory',
  'doctor.ledger.corrupt': '{reason}; the agent refuses to send until it is repaired',
  'doctor.ledger.corruptFix':
    'keep a copy of the state folder, then pclogin-agent run --once --repair (it checks KING OF TIME before sending anything not known as sent)',
  'doctor.lock.free': 'no agent has the ledger open',
  'doctor.lock.held': 'in use by {owner}',
  'doctor.lock.stale': 'left behind by {owner}, which stopped without releasing it ({reason})',
  'doctor.lock.staleFix': 'nothing to do: the next start of the agent takes the lock over',
  'doctor.lock.owner': 'process {pid} on {host} (since {since})',
  'doctor.lock.ownerUnknown': 'a process that did not record itself',
  'doctor.restricted.now':
    'now ({now}) is in KING OF TIME’s restricted hours until {until}: reads wait, punches still go out',
  'doctor.restricted.outside': 'now is outside the restricted hours (08:30–10:00, 17:30–18:30)',
  'doctor.token.missing': 'no access token configured',
  'doctor.token.missingFix':
    'set PCLOGIN_ACCESS_TOKEN, or accessToken in the configuration (アクセストークン)',
  'doctor.token.restricted': 'cannot be checked now: KING OF TIME refuses reads until {until}',
  'doctor.token.restrictedFix': 'run doctor again after the restricted window',
  'doctor.token.unavailable': 'KING OF TIME says the token ({secret}) is not available',
  'doctor.token.unavailableFix': 'issue a new token in KING OF TIME (KOT WebAPI連携設定) and configure it',
  'doctor.token.valid': 'valid ({secret}), for {company} (企業コード {code})',
  'doctor.token.validMismatch':
    'valid ({secret}), for {company} (企業コード {code}), but the configuration says 企業コード {configured}',
  'doctor.token.validNoCompanyCode':
    'valid ({secret}), for {company} (企業コード {code}); companyCode is not configured',
  'doctor.token.mismatchFix': 'use the token of your own company, or correct companyCode',
  'doctor.token.noCompanyCodeFix':
    'set companyCode to "{code}" so that a token of another company is noticed',
  'doctor.token.refused': 'refused ({secret}): {message}',
  'doctor.token.refusedFix':
    'check the アクセストークン, its permissions and its allowed IP addresses (this server’s public address) in KOT WebAPI連携設定',
  'doctor.token.notChecked': 'not checked: KING OF TIME could not be reached',
  'doctor.network.answered': '{url} answered{through}',
  'doctor.network.kotAnswered': 'KING OF TIME answered{through}',
  'doctor.network.through': ' through the proxy {proxy}',
  'doctor.network.noAnswer': 'no answer{through}: {message}',
  'doctor.network.proxyAuthFix':
    'the proxy refused the user name or password: correct proxy.username / proxy.password',
  'doctor.network.proxyFix':
    'check the proxy URL and that the proxy lets this server reach api.kingtime.jp:443',
  'doctor.network.fix': 'check the network, the firewall, or configure the proxy (proxy.url, or HTTPS_PROXY)',
  'doctor.network.invalidProxyUrl': '(invalid URL)',
  'doctor.clock.inStep': 'this computer’s clock is in step with KING OF TIME’s server (±1 s)',
  'doctor.clock.ahead': 'this computer’s clock is {seconds} s ahead of KING OF TIME’s server (±1 s)',
  'doctor.clock.behind': 'this computer’s clock is {seconds} s behind KING OF TIME’s server (±1 s)',
  'doctor.clock.fix': 'synchronise the clock (Windows: w32tm /resync; Linux: timedatectl / chrony)',

  // status.
  'state.sent': 'sent',
  'state.planned': 'planned',
  'state.uncertain': 'uncertain',
  'state.failed': 'failed',
  'state.corrections': 'to correct',
  'status.ledger': 'Ledger {folder}',
  'status.ledgerEmpty': 'Ledger {folder} (empty: the agent has not run with this state folder yet)',
  'status.asOf': 'as of {at}',
  'status.counts':
    'Punches: {sentLabel} {sent}, {plannedLabel} {planned} (due now {due}), {uncertainLabel} {uncertain}, {failedLabel} {failed}, {correctionsLabel} {corrections}',
  'status.waiting': 'Waiting:',
  'status.waitingLine': '  {punch} — until {until}: {why}',
  'status.waitingDayNotEnded': 'the working day has not ended yet',
  'status.waitingTimeNotCome': 'its time has not come',
  'status.more': '  … and {count} more',
  'status.upcoming': '退勤 waiting for the working day to end (sent at the last log then):',
  'status.upcomingLine': '  {employee} {workday} 退勤 {time} so far — planned after {after}',
  'status.uncertain': 'Uncertain (KING OF TIME is checked before any resend):',
  'status.uncertainLine': '  {punch} — checked from {from}: {reason}',
  'status.failed': 'Failed:',
  'status.failedLine': '  {punch} — {reason}  id {id}',
  'status.noReason': 'no reason recorded',
  'status.retryHint': '  (once the cause is fixed: pclogin-agent retry [ID…])',
  'status.corrections': 'To correct in KING OF TIME (打刻編集):',
  'status.correctionLine': '  {employee} {workday}: {message}  id {id}',
  'status.resolveHint': '  (once fixed in KING OF TIME: pclogin-agent corrections resolve ID…)',
  'correction.earlier-log-after-clock-in':
    '{kind} was sent as {sent}, but an earlier log at {observed} arrived afterwards: change {kind} to {observed} in KING OF TIME (打刻編集) if it should count.',
  'correction.later-log-after-clock-out':
    '{kind} was sent as {sent}, but a later log at {observed} arrived afterwards: change {kind} to {observed} in KING OF TIME (打刻編集) if it should count.',
  'correction.break-changed-after-sent':
    '{kind} was sent as {sent}, but the logs now give {observed}: correct the breaks in KING OF TIME (打刻編集).',
  'correction.break-removed-after-sent':
    '{kind} was sent as {sent}, but the logs no longer show this break: delete it in KING OF TIME (打刻編集).',
  'correction.single-log-day':
    'the working day ended with a single log ({observed}), so only 出勤 is punched: enter {kind} in KING OF TIME by hand.',
  'correction.held-differs':
    'KING OF TIME already held {kind} {sent} (from before this state folder), the logs give {observed}. Nothing was sent; change it in KING OF TIME (打刻編集) if the logs’ time should count.',
  'correction.relinked-after-sent':
    'KING OF TIME {state, select, sent {holds} other {may hold}} {kind} {sent} from the logs of account {account}, but account {account} is now linked to employee {to}, whose punches are planned from the same logs. It should hold no such punch for this employee: delete it in KING OF TIME (打刻編集).',
  'correction.relinked-after-sent.unlinked':
    'KING OF TIME {state, select, sent {holds} other {may hold}} {kind} {sent} from the logs of account {account}, but account {account} is no longer linked. It should hold no such punch for this employee: delete it in KING OF TIME (打刻編集).',
  'status.unlinked': 'Accounts with logs and no link (punched once linked: add them to the linking CSV):',
  'status.unlinkedLine':
    '  {account}: {logs, plural, one {# log} other {# logs}} on {count, plural, one {# day} other {# days}} ({days})',
  'status.employeeList': 'Employee list: {count, plural, one {# employee} other {# employees}}, fetched {at}',
  'status.employeeListNone': 'Employee list: not fetched yet',
  'status.nextAction': 'Next action: {at}',

  // retry, corrections resolve.
  'retry.notFailed':
    'not failed punches: {ids} (`pclogin-agent status` lists the failed ones with their ids)',
  'retry.plannedAgain': 'planned again: {id}',
  'retry.done': '{count, plural, one {# punch} other {# punches}} will be sent by the next pass.',
  'retry.notFailedSuffix': ' Not failed: {ids}',
  'corrections.notOpen': ' Not open (already fixed?): {ids}',
  'request.notAnId':
    '"{text}" is not an id: copy it as `pclogin-agent status` prints it (letters, digits, . _ -)',
  'request.owner': 'process {pid} on {host}',
  'request.ownerUnknown': 'another process',
  'request.handedOver':
    'The agent ({who}) holds the state folder, so the change was handed to it; it applies it at its next poll.',
  'request.noAnswer':
    'No answer yet: the agent applies it when it next polls (is it running? `pclogin-agent status` shows the result). Without a running agent, stop nothing: the request waits in the state folder for the next start.',
  'request.failed': 'the request could not be applied: {message}',
  'corrections.unknown': 'no open correction item {ids} (`pclogin-agent status` lists them with their ids)',
  'corrections.done': '{count, plural, one {# correction item} other {# correction items}} marked as fixed.',

  // links.
  'links.check.summary':
    '{file}: {links, plural, one {# link} other {# links}}, {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}; checked against {against}.',
  'links.import.refused':
    '{file}: {errors, plural, one {# error} other {# errors}}: nothing was imported. Fix them and import again.',
  'links.import.done':
    'Imported {links, plural, one {# link} other {# links}} into {target} (checked against {against}). A running agent uses them from its next pass.',
  'links.export.done':
    'Wrote {count, plural, one {# employee} other {# employees}} to {file} ({encoding}), from {against}.',
  'links.export.next':
    'Edit the サービスアカウント column in a text editor (Excel may drop leading zeros), then: pclogin-agent links import {file}',
  'links.against.kot': 'KING OF TIME’s employee list ({count, plural, one {# employee} other {# employees}})',
  'links.against.storedNoToken': 'the stored employee list of {at} (no token configured)',
  'links.against.stored': 'the stored employee list of {at}, because {because}',
  'links.against.none': 'no employee list: {reason}',
  'links.problem': '{where}: {severity}: {message} Fix: {fix}',
  'links.severity.error': 'error',
  'links.severity.warning': 'warning',
  'links.severity.info': 'note',

  // Problems of a linking CSV (by their code; the fix follows each message).
  'linkProblem.csv-syntax':
    'A row here could not be read as CSV ({reason}); it was skipped, with any lines it swallowed.',
  'linkFix.csv-syntax':
    'Check the quotes (") on this row: a quoted value must end with a quote followed by a separator.',
  'linkProblem.empty-file': 'The linking file has no header and no rows (read as {encoding}).',
  'linkFix.empty-file':
    'Export the file again from PC Login or `pclogin-agent links export`; its first line is {header}.',
  'linkProblem.missing-column': 'The header has no column {missing}.',
  'linkFix.missing-column': 'Make the first line {header}: the columns are found by these names.',
  'linkProblem.missing-header':
    'The first line is not the header of a linking file: {first} (read as {encoding}).',
  'linkFix.missing-header': 'Make the first line {header}: the columns are found by these names.',
  'linkProblem.field-count':
    'This row has {fields, plural, one {# field} other {# fields}}; the header has {width}. Missing fields are read as empty.',
  'linkFix.field-count':
    'Check for a missing or extra separator on this row (a comma inside a name must be quoted).',
  'linkProblem.field-count.extra':
    'This row has {fields, plural, one {# field} other {# fields}}; the header has {width}. Ignored: {extra}.',
  'linkFix.field-count.extra':
    'Check for a missing or extra separator on this row (a comma inside a name must be quoted).',
  'linkProblem.invalid-bytes': 'This row has bytes that are not {encoding} text (shown as �).',
  'linkFix.invalid-bytes': 'Save the file again as UTF-8 or Shift_JIS (CP932) from a text editor.',
  'linkProblem.unknown-column':
    'Column {column} "{name}" is not a column of the linking file; it is ignored.',
  'linkFix.unknown-column': 'Nothing needed.',
  'linkProblem.duplicate-column':
    'Column {name} appears twice (columns {first} and {second}); the first is used.',
  'linkFix.duplicate-column': 'Delete the extra column.',
  'linkProblem.empty-employee-code':
    'サービスアカウント "{account}" has no 打刻先アカウント (KOT employee code).',
  'linkFix.empty-employee-code': 'Fill in the employee code, or delete the row.',
  'linkProblem.unlinked': 'Employee {employee} has no サービスアカウント: no punches are made for them.',
  'linkFix.unlinked':
    'Enter their SmartOn account as サービスアカウント if their logs should become punches.',
  'linkProblem.normalized':
    '{field} "{raw}" was read as "{value}" (full-width characters, spaces or an Excel ="…" wrapper removed).',
  'linkFix.normalized': 'Nothing needed; write "{value}" in the file to silence this warning.',
  'linkProblem.spreadsheet-formula':
    '{field} "{value}" starts like a spreadsheet formula (= + - @): Excel would run it when the file is opened.',
  'linkFix.spreadsheet-formula':
    "Check that the value is really meant so; pclogin-agent links export writes it with a leading '' so that Excel shows it as text.",
  'linkProblem.excel-number':
    '{field} "{value}" is a number in Excel’s exponent form: Excel read the code as a number and its digits are lost.',
  'linkFix.excel-number': 'Type the real code again in a text editor such as メモ帳 (Notepad), not Excel.',
  'linkProblem.unknown-employee': '打刻先アカウント "{employee}" is not an employee in KING OF TIME.',
  'linkFix.unknown-employee':
    'Check the code against KING OF TIME’s employee list; refresh the list if the employee is new.',
  'linkProblem.unknown-employee.suggest':
    '打刻先アカウント "{employee}" is not an employee in KING OF TIME; "{suggestions}" is.',
  'linkFix.unknown-employee.suggest':
    'Write the code with its leading zeros ({suggestions}): opening the file in Excel removes them; edit it in a text editor instead.',
  'linkProblem.possible-leading-zero-loss':
    '{field} "{value}" is shorter than the file’s other codes (e.g. {digits} digits with leading zeros): was it "{padded}" before Excel removed the zeros?',
  'linkFix.possible-leading-zero-loss': 'If so, write "{padded}" in a text editor such as メモ帳 (Notepad).',
  'linkProblem.service-account-not-in-logs':
    'サービスアカウント "{account}" never appears in the logs, but {seen} does: its logs get no punches.',
  'linkFix.service-account-not-in-logs':
    'Write the account with its leading zeros ({padded}): opening the file in Excel removes them; edit it in a text editor, then import it (pclogin-agent links import). Logs already read are punched once the link is right.',
  'linkProblem.duplicate-account':
    'サービスアカウント "{account}" is linked to more than one employee ({employees}; lines {lines}). None of these links is used.',
  'linkFix.duplicate-account':
    'Keep the row of the employee this SmartOn account belongs to and correct the others.',
  'linkProblem.duplicate-row':
    'The link サービスアカウント "{account}" → 打刻先アカウント "{employee}" appears more than once (lines {lines}).',
  'linkFix.duplicate-row': 'Delete the repeated row.',
  'linkProblem.duplicate-employee':
    'Employee {employee} is linked from several service accounts ({accounts}; lines {lines}). The logs of all of them punch for this employee.',
  'linkFix.duplicate-employee': 'If one of the accounts is not theirs, correct that row.',
  // Offline commands: inspect, events, daily, logs.
  // Log rows (the English reader's own sentence is shown instead, naming the values).
  'parseIssue.bad-timestamp': 'the date and time could not be read (e.g. 2024/02/07 09:03:12)',
  'parseIssue.missing-account': 'the account column is empty',
  'parseIssue.missing-event': 'the event column is empty',
  'parseIssue.column-count': 'the row has more or fewer fields than the header',
  'parseIssue.undecodable': 'the row has bytes that are not text in the file’s encoding',
  'parseIssue.unclosed-quote': 'a quoted field never ends; the line was skipped',
  'parseIssue.record-too-long': 'no line end for more than 1 MiB; skipped up to the next line end',
  'parseIssue.unknown-event':
    'an event word outside the vocabulary: the row is kept as "other"; add it to csv.eventWords if it means a logon, logoff, lock or unlock',
  'parseIssue.unrecognised-layout':
    'the columns could not be found: set them in the configuration’s csv section (see pclogin-agent inspect)',
  'parseIssue.file-truncated': 'the file shrank since the last read; it is read again from the start',
  'parseIssue.file-replaced':
    'the file’s content changed since the last read; it is read again from the start',
  'read.skipped': '{where}: skipped: {reason}{text}',
  'read.note': '{where}: note: {reason}{text}',
  'read.outOfOrder':
    '{where}: skipped: out of time order: its working day was already printed (events are expected oldest first)',
  'inspect.file': 'File:       {file} ({bytes, plural, one {# byte} other {# bytes}})',
  'inspect.encoding': 'Encoding:   {encoding}',
  'inspect.by': ' (by {by})',
  'inspect.withBom': ', with BOM',
  'inspect.unknown': 'unknown',
  'inspect.delimiter': 'Delimiter:  {delimiter}',
  'inspect.header': 'Header:     {header}',
  'inspect.headerLine': 'line {line}: {names}',
  'inspect.none': 'none',
  'inspect.columnsNotFound': 'Columns:    NOT FOUND — {problem}',
  'inspect.col.number': '#',
  'inspect.col.name': 'name',
  'inspect.col.role': 'role',
  'inspect.col.decidedBy': 'decided by',
  'inspect.col.example': 'example',
  'inspect.notUsed': '(not used)',
  'inspect.timeFormats': 'Time formats: {formats}',
  'inspect.rows': '{count, plural, one {# row} other {# rows}}',
  'inspect.eventWords': 'Event words:',
  'inspect.unknownWord': ' (unknown word)',
  'inspect.unknownWords':
    'Unknown words (read as "other"; add them with csv.eventWords if they mean logon/logoff/lock/unlock): {words}',
  'inspect.counts': 'Rows: {rows}, events: {events}, empty lines: {empty}, skipped: {skipped}',
  'inspect.skippedLines': 'Skipped lines:',
  'inspect.skippedLine': '  line {line}: {code}: {reason}{text}',
  'inspect.more': '  … and {count} more',
  'table.dateTime': '日時',
  'table.account': 'アカウント',
  'table.pc': 'PC',
  'table.event': 'イベント',
  'table.workday': '勤務日',
  'table.remark': '備考',
  'table.employee': '従業員',
  'table.employeeAccount': '従業員 (アカウント)',
  'table.date': '日付',
  'table.clockIn': '出勤',
  'table.clockOut': '退勤',
  'table.logCount': 'ログ数',
  'table.punch': '打刻',
  'table.time': '時刻',
  'table.state': '状態',
  'table.id': 'ID',
  'daily.notLinked': '{account} (not linked)',
  'borders.fixed':
    'working days: {dayBorder} day-change time ({given, select, yes {--day-border} other {default}}), {timeZone}',
  'borders.fixedNoConfig':
    'working days: {dayBorder} day-change time ({given, select, yes {--day-border} other {default}}), {timeZone}; pass --config to use the agent’s borders (each division’s 日付変更時刻)',
  'borders.agent':
    "working days: the agent''s ({file}): each division''s 日付変更時刻 from the employee list stored {fetchedAt}, {fallbackDayBorder} for accounts without a link, {timeZone}",
  'borders.noEmployeeList':
    "working days: {fallbackDayBorder} (defaultDayBorder of {file}; no employee list stored yet, so no division''s 日付変更時刻), {timeZone}",
  'borders.configuration': 'the configuration',
  'read.heldBack':
    '{file}: note: the last line has no line end yet (the file is still being written); it is left out until it is complete',
  'files.missing': '{path}: no such file or folder',
  'files.noneMatching': '{path}: no files matching {pattern}',
  'daily.linksError': '{file}:{line}: {message} Fix: {fix}',

  // setup (the first-run wizard).
  'setup.logDirectoryNeeded':
    '--log-directory is needed: the SmartOn ID log folder (this system has no registry setting for it)',
  'setup.writeDenied':
    'cannot write {file} (permission denied): run setup as an administrator (Windows) or with sudo (Linux)',
  'setup.writeFailed': 'cannot write {file} ({code})',
  'setup.existingInvalid': 'not valid JSON: correct or remove it, then run setup again',
  'setup.restrictFailed':
    'cannot restrict access to {path}: {message}; run setup as an administrator (Windows) or with sudo (Linux)',
  'setup.welcome': 'pclogin-agent setup. Configuration file: {file}',
  'setup.existing': 'Read the existing configuration: press Enter to keep a value.',
  'setup.companyCode': '企業コード (the first 3 or 6 characters of your KING OF TIME login ID)',
  'setup.proxy': 'Proxy URL (leave empty for none; - removes the one configured)',
  'setup.proxyUser': 'Proxy user name (leave empty if it needs none)',
  'setup.proxyPassword': 'Proxy password (not shown)',
  'setup.token': 'Access token (アクセストークン, not shown)',
  'setup.tokenKept': 'Access token (Enter keeps the configured one)',
  'setup.checking': 'Checking the token with KING OF TIME…',
  'setup.tokenOk': 'Token checked: {detail}',
  'setup.tokenBad': 'The token could not be confirmed: {detail}',
  'setup.tryAgain': 'Enter it again',
  'setup.logDirectory': 'SmartOn ID log folder',
  'setup.logFromRegistry':
    'SmartOn ID’s setting (registry) puts the logs in {dir}. Press Enter to use it (not written to the file: the agent reads the registry at each start).',
  'setup.noRegistry': 'The registry does not give the log folder ({why}).',
  'setup.wrote': 'Wrote {what}',
  'setup.restricted': 'Restricted access: {what}',
  'setup.doctor': 'Running the checks (pclogin-agent doctor).',
  'setup.linksExport': 'Export KOT’s employee list as a linking CSV to fill in',
  'setup.linksFile': 'File to write',
  'setup.serviceInstall': 'Install and start the service',
  'setup.done': 'Setup is done. Commands now use {file} without --config.',
  'setup.nonInteractive': 'Running without questions (--yes, or no terminal).',
  // service.
  'service.wrote': 'wrote {file}',
  'service.removedFile': 'removed {file}',
  'service.stopNotRunning': '{command} (was not running)',
  'service.winswNotGiven': 'the WinSW executable is not given: pass --winsw PATH; {hint}',
  'service.winswNotFound': 'WinSW not found at {path}: {hint}',
  'service.writeDenied':
    'cannot write {file} (permission denied): run this as an administrator (Windows) or with sudo (Linux)',
  'service.writeFailed': 'cannot write {file} ({code})',
  'service.installed':
    'The service is installed and started. Check it with: pclogin-agent doctor, pclogin-agent status',
  'service.removed': 'The service is removed. The ledger and caches stay in {folder}.',

  // console.
  'console.badPort': '--port {port}: expected a port number 0–65535 (0: any free port)',
  'console.listenEveryInterface':
    '--listen {address}: name one interface’s address (e.g. 192.168.1.10), not every interface',
  'console.noLogFolder':
    'no log folder: set logDirectory in the configuration (or the registry’s SmartOn setting)',
  'console.noAccessToken': 'no access token is configured, so KING OF TIME cannot be read',
  'console.portInUse': '--port {port} is in use: choose another, or 0 for any free port',
  'console.listenWarning':
    'WARNING: the console listens on {address}: other computers can reach it over plain HTTP, protected only by the access key. Use it on a trusted network only.',
  'console.open':
    'pclogin console: open this URL in a browser on this computer (it holds the access key; do not share it):',
  'console.openReadOnly':
    'pclogin console (read-only): open this URL in a browser on this computer (it holds the access key; do not share it):',
  'console.stopHint': 'Stop with Ctrl+C.',
  'demo.consoleOpen': 'The web console on the demo’s data (as pclogin-agent console shows yours): open',
  // demo.
  'demo.title':
    'pclogin demo: a week of SmartOn ID logs → KING OF TIME (a simulator on 127.0.0.1; no credentials, no network)',
  'demo.wrote':
    'Wrote {files, plural, one {# daily log file} other {# daily log files}} (CP932, CRLF, Japanese header): {rows, plural, one {# row} other {# rows}} from {accounts, plural, one {# account} other {# accounts}}, plus one malformed line; and the linking CSV.',
  'demo.sent':
    'The agent read {events, plural, one {# event} other {# events}} and sent {sent, plural, one {# punch} other {# punches}} ({failed} failed, {uncertain} uncertain).',
  'demo.kotHolds': 'KING OF TIME now holds (日別データ):',
  'demo.noErrorDays': 'No error days (エラー勤務): every working day has exactly one 出勤 and one 退勤.',
  'demo.errorDays': 'Error days (エラー勤務): {count}',
  'demo.skipped': 'Skipped:',
  'demo.unlinked':
    '  account {account}: {events, plural, one {# log} other {# logs}} on {days, plural, one {# working day} other {# working days}} — not linked to a KOT employee; its logs are kept and punched once it is linked (pclogin-agent links export / links import)',
  'demo.issue': '  {file} line {line}: {reason}{text}',
  'demo.notes': 'Notes:',
  'demo.consoleStopped': 'Console stopped. Temporary files removed.',
  'demo.consoleHint':
    'See the demo’s data in the web console (pclogin-agent console: 状態, 日別データ, ログ表示, アカウント連携, 補正): npm start -- --console',
  'demo.workdays':
    'Working days as the agent counts them (and `daily --config` shows them): each division’s 日付変更時刻 ({divisions}), Asia/Tokyo.',
  'demo.listSeparator': ', ',
  'demo.done': 'Done in {seconds} s. Temporary files removed.',
  'punches.dateAndRange': '--date and --from/--to: give one working day or a range, not both',
  'punches.planned': 'planned for {at}',
  'punches.plannedBecause': 'planned for {at} ({reason})',
  'punches.sending': 'being sent',
  'punches.sent': 'sent {at}',
  'punches.sentConfirmed': 'sent {at} (confirmed by reading KING OF TIME)',
  'punches.uncertain': 'uncertain: {reason} (KING OF TIME is checked before any resend)',
  'punches.failed': 'failed: {reason}',
  'punches.mark.missing': 'missing in KING OF TIME',
  'punches.mark.differentTime': 'different time',
  'punches.mark.heldNotSent': 'held, not sent by this ledger',
  'punches.notInLedger': 'not in the ledger',
  'punches.onlyInKot': 'only in KING OF TIME',
  'punches.otherKind': 'other',
  'punches.kotUnreadable': 'could not be read',
  'punches.employeeUnreadable':
    'KING OF TIME could not be read for employee {employeeCode}, whose days are not compared: {reason}',
  'punches.differences': '{count, plural, one {# difference} other {# differences}}.',
  'run.maxWaitInvalid': '--max-wait expects a number of seconds (e.g. 120), not "{value}"',
  'run.incomplete':
    'pclogin-agent: incomplete: {total, plural, one {# punch} other {# punches}} still to deliver ({planned} to send, {uncertain} to check in KING OF TIME){next}{because}; they go out at the next run or by the running service',
  'run.incompleteNext': '; the next can go on at {at}',
  'run.incompleteBecause': '; because: {reason}',
  'worker.stopAgain': 'pclogin-agent: {signal} again: stopping now',
  'worker.notStopped':
    'pclogin-agent: not stopped {seconds, plural, one {# s} other {# s}} after {signal}: stopping now (a punch in flight is checked against KING OF TIME at the next start)',
  'setup.useraddFailed': 'could not create the service account {name} (useradd): {message}',
  'service.winswVariable':
    'WinSW would replace {variable} in {path} by an environment variable’s value: use a folder without %…% in its path',
  'service.winswControl': 'a path with a control character cannot go into WinSW’s XML: {path}',
  'service.systemdLineBreak':
    'a path with a line break cannot go into a systemd unit: {path}; move or rename it',
  'service.systemdProgram':
    'systemd cannot start a program whose path holds a quote or a backslash: {path}; move it to a plain folder such as /opt/pclogin',
  'service.winswHint':
    'the release zip carries WinSW as pclogin-agent-service.exe beside pclogin-agent.exe (service install finds it there); without the zip, download WinSW (https://github.com/winsw/winsw/releases, WinSW-x64.exe), copy it to that path, then run this again',
  'config.accessTokenMissing':
    'missing: set the environment variable PCLOGIN_ACCESS_TOKEN, or "accessToken" in the configuration (アクセストークン, 32 letters or digits)',
  'error.fileMissing': '{path}: no such file or folder ({code})',
  'error.fileDenied': '{path}: permission denied ({code})',
  'error.fileIsFolder': '{path} is a folder ({code})',
  'error.fileOther': '{path}: {code}',
  'service.toolNotFound': 'not found',
  'service.toolFailed': 'failed ({message})',
  // Reasons stored in the ledger and in delivery reports (core's and the KOT client's codes, see localized-reason.ts).
  'reason.sinkOutage':
    'KING OF TIME looks unreachable (several requests in a row failed; last: {cause}); the next try is at {until}',
  'reason.unexpectedFailure': 'unexpected failure, KING OF TIME may hold the punch: {message}',
  'reason.waitingToReadNewDays':
    'waiting to read what KING OF TIME holds for a day this ledger has not seen before sending: {cause}',
  'reason.waitingToReadEmployee':
    'waiting to read what KING OF TIME holds for employee {employeeCode}’s days this ledger has not seen before sending: {cause}',
  'reason.heldBeforeSending':
    'KING OF TIME already held it (read before sending, for a day this ledger had not seen); nothing was sent',
  'reason.absentResend': 'KING OF TIME does not hold it (checked); it will be sent again',
  'reason.readFailed': 'reading the recorded punches failed: {message}',
  'reason.readEmployeeFailed': 'reading employee {employeeCode}’s recorded punches failed: {cause}',
  'reason.interrupted':
    'the process stopped while sending it; KING OF TIME will be checked before any resend',
  'reason.ledgerRepaired': 'the ledger was repaired after damage; checking KING OF TIME before sending',
  'reason.lockNotRefreshed': 'not refreshed for {seconds, plural, one {# s} other {# s}}',
  'reason.lockOwnerGone': 'process {pid} is no longer running',
  'error.ledgerLocked':
    'The state folder {directory} is in use by {owner}. Stop the other agent first; a lock left by a crashed process on another machine expires by itself after a few seconds.',
  'reason.unknownEmployee':
    'employee {employeeCode} is not in KING OF TIME’s employee list: check the 打刻先アカウント in the linking CSV, or wait for the list’s next refresh',
  'reason.unknownEmployees':
    '{count, plural, one {employee {employeeCodes} is not in KING OF TIME’s employee list, so its punches cannot be read} other {employees {employeeCodes} are not in KING OF TIME’s employee list, so their punches cannot be read}}: check the 打刻先アカウント in the linking CSV, or wait for the list’s next refresh',
  'reason.kotRestrictedHours':
    'not sent: KING OF TIME refuses API calls during its restricted hours (APIの利用制限時間帯) until {until}',
  'reason.kotRestrictedHoursServer':
    'KING OF TIME refused the call during its restricted hours (APIの利用制限時間帯); retry at {until}',
  'reason.kotRateLimited': 'KING OF TIME answered Too Many Requests (HTTP {status})',
  'reason.kotRateLimitedWait':
    'KING OF TIME answered Too Many Requests (HTTP {status}); it asked to wait {seconds, plural, one {# second} other {# seconds}}',
  'reason.kotProxyCredentialsRejected':
    'the proxy {proxy} rejected its credentials (HTTP {status}); check the proxy user name and password',
  'reason.kotProxyAuthenticationRequired':
    'the proxy {proxy} requires authentication (HTTP {status}); set proxy.username and proxy.password (or user:password in HTTPS_PROXY)',
  'reason.kotConnectionFailed':
    'could not reach KING OF TIME: {reason}{maybeApplied, select, yes { (the punch may have been registered; KING OF TIME is checked before any resend)} other {}}',
  'reason.kotConnectionFailedProxy':
    'could not reach KING OF TIME through the proxy {proxy}: {reason}{maybeApplied, select, yes { (the punch may have been registered; KING OF TIME is checked before any resend)} other {}}',
  'reason.kotTimeout':
    'KING OF TIME did not answer within {seconds, plural, one {# second} other {# seconds}}{maybeApplied, select, yes { (the punch may have been registered; KING OF TIME is checked before any resend)} other {}}',
  'reason.kotTotalTimeout':
    'gave up: waiting and retrying would take longer than {seconds, plural, one {# second} other {# seconds}} in all{maybeApplied, select, yes { (the punch may have been registered; KING OF TIME is checked before any resend)} other {}}',
  'reason.kotInvalidResponse': 'KING OF TIME’s answer (HTTP {status}) has an unexpected shape: {issues}',
  'reason.kotAuthenticationFailed':
    'KING OF TIME rejected the access token (HTTP {status}){details}; check the token and its allowed IP addresses in KOT WebAPI連携設定',
  'reason.kotPermissionDenied':
    'KING OF TIME did not allow it (HTTP {status}){details}; check the token’s permissions in KOT WebAPI連携設定',
  'reason.kotBadRequest': 'KING OF TIME refused the request (HTTP {status}){details}',
  'reason.kotNotFound': 'KING OF TIME does not know it (HTTP {status}){details}',
  'reason.kotServerError': 'KING OF TIME answered with a server error (HTTP {status}){details}',
  'reason.kotApiError': 'KING OF TIME answered with an error (HTTP {status}){details}',
  'reason.apiDetails': ': {details}',
} as const;

/** The key of a message of the CLI. */
export type MessageKey = keyof typeof en;
