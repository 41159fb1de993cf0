// CLI の日本語メッセージ（ICU MessageFormat）。キーと差し込み項目は en.ts と同じです（テストで確認）。
// 用語は docs/glossary.md（KING OF TIME の画面と連携設定マニュアルの言葉）に従います。
import type { MessageKey } from './en.js';

/** The Japanese catalog: every key of the English one, in KING OF TIME's words. */
export const ja: Record<MessageKey, string> = {
  // コマンドライン：ヘルプ、オプション、引数の誤り
  'cli.description':
    'SmartOn ID のログオン／ログオフのログを、KING OF TIME の打刻（出勤・退勤）として 1 回だけ送ります。',
  'cli.helpAfterError': '（コマンドの一覧は pclogin-agent --help で表示できます）',
  'cli.helpFooter':
    '終了コード: 0 成功、1 失敗、2 使い方または設定の誤り\n環境変数: PCLOGIN_ACCESS_TOKEN（アクセストークン）、PCLOGIN_NOW（--now と同じく時計を設定）、\nPCLOGIN_LANG（ja または en。--lang と同じ）、HTTPS_PROXY / NO_PROXY（設定ファイルに proxy がない場合）',
  'cli.option.lang': '表示する言語: ja または en（既定: PCLOGIN_LANG、なければ OS の言語）',
  'cli.option.version': 'バージョンを表示します',
  'cli.option.help': 'コマンドのヘルプを表示します',
  'cli.helpCommand': 'コマンドのヘルプを表示します',
  'cli.option.config':
    '設定ファイル（既定: 環境変数 PCLOGIN_CONFIG、なければ ./pclogin.config.json、なければ Windows は %ProgramData%\\pclogin\\pclogin.config.json、Linux は /etc/pclogin/pclogin.config.json）',
  'cli.option.now': '時計を ISO 8601 の日時に設定します（例: 2024-02-10T12:00:00+09:00）',
  'cli.option.offlineConfig': 'この設定ファイルの csv と timeZone の設定を使います',
  'cli.option.timeZone': 'ログのタイムゾーン（IANA 名。既定: Asia/Tokyo）',
  'cli.option.jsonLines': '1 行に 1 つの JSON で出力します',
  'cli.option.jsonObject': '1 つの JSON で出力します',
  'cli.option.dayBorder': '日付変更時刻',
  'cli.argument.paths': 'ファイルまたはフォルダー',
  'cli.help.usage': '使い方:',
  'cli.help.arguments': '引数:',
  'cli.help.options': 'オプション:',
  'cli.help.globalOptions': '共通オプション:',
  'cli.help.commands': 'コマンド:',
  'cli.help.extras': '{description}（{extras}）',
  'cli.help.default': '既定: {value}',
  'cli.help.choices': '選択肢: {values}',
  'cli.parser.unknownOption': 'エラー: {option} というオプションはありません',
  'cli.parser.unknownCommand': 'エラー: {command} というコマンドはありません',
  'cli.parser.missingArgument': 'エラー: 引数 {argument} を指定してください',
  'cli.parser.optionArgumentMissing': 'エラー: オプション {option} に値を指定してください',
  'cli.parser.requiredOption': 'エラー: オプション {option} を指定してください',
  'cli.parser.invalidChoice': 'エラー: オプション {option} の値 {value} は使えません（{choices} のいずれか）',
  'cli.parser.tooManyArguments': 'エラー: 引数が多すぎます',
  'cli.parser.didYouMean': '（{suggestion} のことですか？）',
  'cmd.setup.description':
    '初期設定ウィザード: 企業コード、アクセストークン（KING OF TIME で確認）、ログ出力先フォルダー、プロキシを設定し、どのコマンドからも見つかる場所に設定ファイルを書き込みます（読み取りはサービスのアカウントと管理者だけに制限）。最後に doctor を実行します',
  'cmd.setup.companyCode': '企業コード',
  'cmd.setup.accessToken': 'アクセストークン（環境変数 PCLOGIN_ACCESS_TOKEN で渡すことをお勧めします）',
  'cmd.setup.logDirectory': 'SmartOn ID のログ出力先フォルダー（Windows の既定: レジストリの設定）',
  'cmd.setup.stateDirectory':
    '台帳などを保存するデータフォルダー（既定: %ProgramData%\\pclogin、/var/lib/pclogin）',
  'cmd.setup.proxy': 'HTTP プロキシ（例: http://proxy.example.co.jp:8080）',
  'cmd.setup.proxyUsername': 'プロキシのユーザー名',
  'cmd.setup.proxyPassword': 'プロキシのパスワード',
  'cmd.setup.kotBaseUrl': 'https://api.kingtime.jp/v1.0 以外の KING OF TIME Web API（テスト用）',
  'cmd.setup.linksExport': '続けて、従業員一覧を紐づけ CSV としてこのファイルに出力します',
  'cmd.setup.serviceInstall': '続けて、サービスを登録して開始します',
  'cmd.setup.winsw':
    'Windows: --service-install で使う WinSW の実行ファイル（既定: pclogin-agent.exe と同じフォルダー）',
  'cmd.setup.skipKotCheck':
    'アクセストークンを今は KING OF TIME で確認しません（まだ接続を許可されていないサーバーの場合）',
  'cmd.setup.yes': '何も質問せず、オプションと既定値で設定します',
  'cmd.demo.description':
    '1 週間分の SmartOn のログを作り、ローカルの KING OF TIME シミュレーターに送って、登録された打刻を表示します（認証情報もネットワークも使いません）',
  'cmd.demo.console':
    '続けて、デモのデータで Web コンソール（pclogin-agent console）を開きます（Ctrl+C で終了）',
  'cmd.console.description':
    'ローカルの Web コンソール: 状態、日別データ、ログ表示、アカウント連携、補正（127.0.0.1、アクセスキー付き）',
  'cmd.console.port': 'ポート番号（0: 空いている任意のポート）',
  'cmd.console.listen':
    '127.0.0.1 の代わりにこのアドレスで待ち受けます。ほかのコンピューターから接続できるようになります（信頼できるネットワークでのみ使用してください）',
  'cmd.console.readOnly': '表示のみ行い、何も変更しません',
  'cmd.run.description':
    'ログ出力先フォルダーを読み、打刻を KING OF TIME に送ります（停止するまで監視を続けます）',
  'cmd.run.once':
    '今あるログをすべて処理し、送信時刻になった打刻を送り、不確定の打刻を確認して終了します（送信が残らなければ 0、打刻が残れば 3。--max-wait を参照）',
  'cmd.run.maxWait':
    '--once と併用: 再送と不確定の打刻の確認を待つ秒数。過ぎると終了コード 3 で終了します（既定: 120）',
  'cmd.run.json': '--once と併用: 結果の要約を JSON で標準出力に出力します',
  'cmd.run.repair':
    '壊れた台帳（またはバックアップから戻した台帳）を開きます。記録はそのまま使い、送信済みと確認できない打刻は KING OF TIME の打刻を参照してから送ります',
  'cmd.retry.description':
    '原因を直した後で、失敗した打刻をもう一度送ります（すべて、または status に表示された ID）',
  'cmd.retry.ids': '打刻の ID（例: 0001|2024-02-07|clockIn|0）',
  'cmd.corrections.description': 'KING OF TIME で手作業の修正が必要な項目（要修正）',
  'cmd.correctionsResolve.description':
    '要修正の項目を修正済みにします（KING OF TIME の打刻編集で直した後に実行）',
  'cmd.correctionsResolve.ids': 'status に表示された要修正の ID',
  'cmd.status.description':
    '状態ごとの打刻の件数、待機中の打刻とその理由・送信予定時刻、失敗と要修正の項目を表示します',
  'cmd.doctor.description':
    '設定ファイル、ログ出力先フォルダー、紐づけ、アクセストークン、プロキシ、時計を確認し、問題ごとに対処方法を表示します',
  'cmd.doctor.json': '確認結果を 1 つの JSON で出力します',
  'cmd.inspect.description':
    'SmartOn のログファイルがどう読まれるかを表示します（文字コード・区切り文字・見出し行・列・イベント語・読めない行）',
  'cmd.inspect.file': 'SmartOn のログ（CSV ファイル）',
  'cmd.inspect.json': '結果を JSON で出力します',
  'cmd.events.description':
    'SmartOn のログファイル（またはフォルダー）のイベントを古い順に表示します（読めない行は標準エラー出力へ）',
  'cmd.daily.description':
    'アカウントまたは従業員ごと・勤務日ごとに、出勤（最初のログ）と退勤（最後のログ）を表示します',
  'cmd.daily.links': '紐づけ CSV（紐づいたアカウントに KING OF TIME の従業員コードを表示します）',
  'cmd.daily.from': '表示する最初の勤務日（YYYY-MM-DD）',
  'cmd.daily.to': '表示する最後の勤務日（YYYY-MM-DD）',
  'cmd.logs.description':
    'PC ログイン連携の「ログ表示」と同じ一覧：すべてのイベントと備考（当日最初のログは「ログオン」、最後のログは「ログオフ」）',
  'cmd.logs.date': 'この勤務日だけを表示します（YYYY-MM-DD）',
  'cmd.daily.config': 'この設定ファイルの csv と timeZone の設定、エージェントの勤務日と紐づけを使います',
  'cmd.daily.dayBorder':
    '全員に共通の日付変更時刻（既定: 設定ファイルを指定したか見つかったときはエージェントの所属ごとの日付変更時刻、それ以外は 00:00）',
  'cmd.logs.config': 'この設定ファイルの csv と timeZone の設定、エージェントの勤務日を使います',
  'cmd.punches.description':
    '従業員・勤務日ごとの打刻: 待機（送信予定時刻）、送信済み（送信時刻）、不確定、失敗（理由）。--check で KING OF TIME の打刻を並べて表示します',
  'cmd.punches.from': '最初の勤務日（YYYY-MM-DD、既定: 今日の 6 日前）',
  'cmd.punches.to': '最後の勤務日（YYYY-MM-DD）',
  'cmd.punches.employee': 'この従業員だけ（打刻先アカウント）',
  'cmd.punches.check': 'その勤務日に KING OF TIME に登録済みの打刻を参照し、相違に印を付けます',
  'cmd.punches.json': '従業員・勤務日ごとに 1 つの JSON オブジェクトを出力します',
  'cmd.links.description': '紐づけ CSV（サービスアカウント ⇔ 打刻先アカウント）',
  'cmd.linksExport.description':
    'KING OF TIME の従業員一覧を、編集用の紐づけ CSV に出力します（PC ログイン連携の「CSV データ出力」と同じ形式）',
  'cmd.linksExport.out': '出力する CSV ファイル',
  'cmd.linksExport.encoding': 'ファイルの文字コード',
  'cmd.linksImport.description': '紐づけ CSV を従業員一覧と照合し、エージェント用に取り込みます',
  'cmd.linksImport.file': '編集した紐づけ CSV',
  'cmd.linksCheck.description':
    '紐づけ CSV を確認します（既定: 取り込み済みのもの）。エラーがあれば終了コード 1',
  'cmd.linksCheck.file': '確認する紐づけ CSV',
  'cmd.linksCheck.json': '問題を JSON で出力します',
  'cmd.service.description': 'エージェントを Windows サービスまたは systemd のユニットとして実行します',
  'cmd.serviceInstall.description': 'サービスを登録して開始します（Windows: WinSW、Linux: systemd）',
  'cmd.serviceInstall.winsw': 'Windows: サービス用に配置した WinSW の実行ファイル（ガイドを参照）',
  'cmd.serviceInstall.unitDir': 'Linux: ユニットファイルを書き込むフォルダー',
  'cmd.serviceUninstall.description': 'サービスを停止して削除します',
  'cmd.serviceUninstall.winsw': 'Windows: サービスの登録に使った WinSW の実行ファイル',
  'cmd.serviceUninstall.unitDir': 'Linux: ユニットファイルを書き込んだフォルダー',
  'cmd.servicePrint.description': 'install が書き込む内容を表示します（どの OS でも実行できます）',
  'cmd.servicePrint.platform': '表示するサービス定義',
  'cmd.servicePrint.winsw': 'Windows: サービスが使う WinSW の実行ファイル',

  // エラーと対処方法
  'error.hint': '  → {hint}',
  'error.workerOutOfMemory':
    'コマンドが {mb} MB を超えるメモリ（ヒープ）を必要としました。NODE_OPTIONS=--max-old-space-size=<MB> を付けて実行すると、ヒープのサイズを指定できます',
  'hint.KOT_AUTHENTICATION_FAILED':
    'アクセストークン（PCLOGIN_ACCESS_TOKEN または accessToken）と、KOT WebAPI連携設定の許可 IP アドレスを確認してください。`pclogin-agent doctor` で確認できます',
  'hint.KOT_PERMISSION_DENIED':
    'アクセストークンの権限（従業員・所属・打刻データの参照、打刻データの登録）が足りないか、このサーバーの IP アドレスが許可されていません。KOT WebAPI連携設定を確認してください',
  'hint.KOT_PROXY_AUTHENTICATION_FAILED': '設定ファイルの proxy.username / proxy.password を直してください',
  'hint.KOT_CONNECTION_FAILED':
    'ネットワーク、ファイアウォール、プロキシの設定を確認してください。`pclogin-agent doctor` でどこまで接続できるかを確認できます',
  'hint.KOT_TIMEOUT':
    'KING OF TIME またはプロキシから時間内に応答がありませんでした。ネットワークを確認するか、kot.timeoutSeconds を大きくしてください',
  'hint.LEDGER_LOCKED':
    '別の pclogin-agent（サービスなど）がこのデータフォルダーを使っています。先にそちらを停止してください（status と doctor は実行中でも使えます）',
  'hint.LEDGER_WRITE_FAILED':
    'pclogin-agent を実行するアカウントが、データフォルダーとその中のすべてのファイルを所有している（書き込める）必要があります。`pclogin-agent doctor` で確認できます',
  'hint.LEDGER_CORRUPT':
    'データフォルダーをコピーして保管してから `pclogin-agent run --once --repair` を実行してください。台帳の記録はそのまま使い、送信済みと確認できない打刻は KING OF TIME の打刻を参照してから送ります',
  'config.invalid': '{where}設定に誤りがあります',
  'config.notFoundSearched':
    '{file} が見つかりません（確認した場所: {looked}）。`pclogin-agent setup` で作成するか、--config でパスを指定してください',
  'config.notFoundEnv':
    'ファイルが見つかりません: {path}（環境変数 PCLOGIN_CONFIG の値）。環境変数を直すか、削除してください',
  'config.notFound': 'ファイルが見つかりません: {path}。{file} のパスを指定してください',
  'config.permissionDenied':
    '{path} を読めません（アクセス拒否）。管理者として（Windows）、または sudo で（Linux）実行するか、エージェントを実行するアカウントに読み取り権限を与えてください',
  'config.isFolder': '{path} はフォルダーです。その中の {file} のパスを指定してください',
  'config.unreadable': '{path} を読めません（{code}）',
  'config.invalidJson': 'JSON の書式に誤りがあります（{line} 行目 {column} 文字目）: {reason}',
  'config.invalidJson.backslash':
    'JSON では Windows のパスの \\ を 2 つ重ねる（"D:\\\\SmartOn\\\\Log"）か、/ で書きます（"D:/SmartOn/Log"）',
  'config.invalidJson.syntax': 'その付近のカンマ・引用符・括弧を確認してください',
  'config.encoding.shiftJis':
    'ファイルは Shift_JIS（ANSI）で保存されています。Shift_JIS として読みました。UTF-8 で保存し直すことをお勧めします（メモ帳: 名前を付けて保存 → 文字コード → UTF-8）',
  'config.encoding.unknown':
    'ファイルが UTF-8・UTF-16・Shift_JIS のいずれのテキストでもありません（{detail}）。UTF-8 で保存し直してください（メモ帳: 名前を付けて保存 → 文字コード → UTF-8）',
  'config.encoding.ambiguous':
    'ファイルは UTF-8 ではなく、Shift_JIS か別の文字コードか判断できません（{detail}）。UTF-8 で保存し直してください（メモ帳: 名前を付けて保存 → 文字コード → UTF-8）',
  'config.using': '設定ファイル: {file}（{source}）',
  'config.usingDefaults': '設定ファイルが見つからないため、既定値で実行します',
  'config.source.option': '--config で指定',
  'config.source.env': '環境変数 PCLOGIN_CONFIG で指定',
  'config.source.workingFolder': '作業フォルダーにあるファイル',
  'config.source.platformDefault': '既定の場所',
  'service.printWinsw': 'service install は {file} を書き込みます（{winsw} と同じフォルダー）:',
  'service.printUnit': 'service install は {file} を書き込みます:',
  'service.userMissing':
    'サービスを実行するアカウント {user} がありません。先に `sudo pclogin-agent setup` を実行する（アカウントを作成します）か、`useradd --system --no-create-home --shell /usr/sbin/nologin {user}` を実行してください',
  'config.unknownField': '不明な項目です。ここに書ける項目: {fields}',
  'config.unknownFieldBare': '不明な項目です',
  'config.logDirectoryMissing':
    '設定されておらず、レジストリからも取得できません（{reason}）。SmartOn ID ログサーバーの CSV 出力先フォルダーを設定してください',
  'config.logDirectoryMissingForSource': '設定されていません。ログを読むフォルダーを設定してください',
  // 設定ファイル（pclogin.config.json）の項目
  'schema.missing': '設定されていません。{what}を指定してください',
  'schema.mustBe': '{what}で指定してください',
  'schema.what.path': 'フォルダーまたはファイルのパス（{target}）',
  'schema.emptyPath': '空にはできません。{target}のパスを指定してください',
  'schema.target.logFolder': 'SmartOn ID のログ出力先フォルダー',
  'schema.target.stateFolder': 'エージェントのデータフォルダー',
  'schema.target.linksFile': '紐づけ CSV ファイル',
  'schema.what.companyCode': '3 文字または 6 文字の英数字（企業コード）',
  'schema.companyCode':
    '3 文字または 6 文字の英数字で指定してください（企業コード: KING OF TIME のログイン ID の最初の 3 文字または 6 文字）。指定された値は {count} 文字です',
  'schema.what.accessToken': '32 桁の英数字（アクセストークン）',
  'schema.accessToken':
    '32 桁の英数字で指定してください（アクセストークン。KING OF TIME の「設定 > その他 > オプション > 外部サービス連携」で発行します）。指定された値: {secret}',
  'schema.baseUrl': 'http(s) の URL で指定してください（例 "https://api.kingtime.jp/v1.0"）',
  'schema.what.seconds': '秒数',
  'schema.positiveSeconds': '正の秒数で指定してください（例 30）',
  'schema.max600Seconds': '600 秒以下で指定してください',
  'schema.what.requestsPerSecond': '1 秒あたりのリクエスト数',
  'schema.positiveNumber': '正の数で指定してください（例 5）',
  'schema.proxyUrl':
    'ポート番号を含むプロキシの URL で指定してください（例 "http://proxy.example.co.jp:8080"）',
  'schema.what.proxyUser': '文字列（プロキシのユーザー名）',
  'schema.what.proxyPassword': '文字列（プロキシのパスワード）',
  'schema.what.boolean': 'true または false',
  'schema.what.minutes': '分数（整数）',
  'schema.wholeMinutesExample': '分数を整数で指定してください（例 60）',
  'schema.wholeMinutes': '分数を整数で指定してください',
  'schema.atLeastOneMinute': '1 分以上で指定してください',
  'schema.zeroOrMoreMinutes': '0 分以上で指定してください',
  'schema.max1440Minutes': '1440 分以下で指定してください',
  'schema.what.timeZone': 'IANA のタイムゾーン名（例 "Asia/Tokyo"）',
  'schema.timeZone': 'このシステムで使える IANA のタイムゾーン名で指定してください（例 "Asia/Tokyo"）',
  'schema.clockOut': '"after-day-end" または "rolling" を指定してください',
  'schema.what.pattern': 'ファイル名のパターン（例 "*.csv"）',
  'schema.emptyPattern': '空にはできません（例 "*.csv"）',
  'schema.hhmm': 'HH:MM 形式の時刻で指定してください（例 "05:00"）',
  'schema.what.date': 'YYYY-MM-DD 形式の日付',
  'schema.date': 'YYYY-MM-DD 形式の日付で指定してください（例 "2024-04-01"）',
  'schema.realDate': '実在する日付を指定してください（例 "2024-04-01"）',
  'schema.atLeastOneSecond': '1 秒以上で指定してください',
  'schema.max3600Seconds': '3600 秒以下で指定してください',
  'schema.logFormat': '"text" または "json" を指定してください',
  'schema.logLevel': '"debug"、"info"、"warn"、"error" のいずれかを指定してください',
  'usage.dayBorder': '--day-border: "{value}" は HH:MM 形式の時刻ではありません（例: 05:00）',
  'usage.date': '--{name}: "{value}" は YYYY-MM-DD 形式の日付ではありません（例: 2024-02-07）',
  'usage.timeZone':
    '--time-zone: "{value}" はこのシステムで使える IANA のタイムゾーン名ではありません（例: Asia/Tokyo）',
  'usage.now':
    '{from}: "{value}" は時差付きの ISO 8601 の日時ではありません（例: 2024-02-10T12:00:00+09:00）',
  'logFolder.unreadable': 'ログ出力先フォルダー {folder} を読めません: {why}',
  'logFolder.notFound':
    'フォルダーがありません。logDirectory に SmartOn ID ログサーバーの CSV 出力先フォルダーを設定してください',
  'logFolder.notFolder':
    'フォルダーではなくファイルです。logDirectory に CSV ファイルのあるフォルダーを設定してください',
  'logFolder.denied':
    'アクセスが拒否されました。エージェントを実行するアカウント（サービスのアカウント）に読み取り権限を与えてください',
  'logFolder.ioError': '{code}: パスとネットワーク共有を確認してください',
  'links.fileMissing':
    '紐づけ CSV がありません（{file}）。`pclogin-agent links export --out links.csv` で出力し、サービスアカウントを記入してから `pclogin-agent links import links.csv` で取り込んでください',
  'links.fileUnreadable':
    '紐づけ CSV {file} を読めません（{code}）。エージェントを実行するアカウントに読み取り権限を与えてください',
  'links.fileErrors':
    '{file}: 紐づけ CSV にエラーが {count} 件あります。直すまで打刻は送りません（`pclogin-agent links check` で確認できます）',
  'directory.notStored':
    'KING OF TIME の従業員一覧がまだ保存されていません。KING OF TIME を参照できる時間帯に `pclogin-agent links export` か `run` を 1 回実行してください',
  'directory.restricted': 'KING OF TIME は {until} まで API の利用制限時間帯のため、参照できません',
  'directory.cannotFetch': '従業員一覧を取得できません: {why}。保存済みの一覧もまだありません',
  'directory.fetchFailed': 'KING OF TIME から従業員一覧を取得できません: {message}',
  'directory.fetchFailedStale': '最新の一覧を取得できなかったため（{message}）',
  'agent.credentialsRefused':
    'KING OF TIME またはプロキシが認証情報を受け付けませんでした。直すまで打刻は送りません: {reason}',

  // エージェントのログ（run）
  'log.signal': '{signal} を受信しました。送信中のリクエストを終えてから停止します',
  'log.onePass': '1 回だけ処理します',
  'log.started': 'エージェントを開始しました',
  'log.stopped': 'エージェントを停止しました',
  'log.usingStoredList': '保存済みの従業員一覧を使います',
  'log.listFetched': 'KING OF TIME から従業員一覧を取得しました',
  'log.linksLoaded': '紐づけ CSV を読み込みました',
  'log.linksChangedWithErrors': '変更された紐づけ CSV にエラーがあります。変更前の紐づけを引き続き使います',
  'log.oldPunchesDropped': '台帳から古い打刻（送信済み・失敗）を削除しました',
  'log.passFailed': '処理に失敗しました。次の確認時に再試行します',
  'log.skipped': '読み飛ばしました: {reason}',
  'log.moreProblems': 'ログにほかに {count} 件の問題があります。pclogin-agent inspect で確認してください',
  'log.unlinkedAccount': '紐づけのないアカウントのログです。打刻されません',
  'log.unlinkedAccountKept':
    '紐づけのないアカウントのログです。保管しておき、紐づけた時点で打刻します（紐づけ CSV に追加してください）',
  'log.unseenDaysWait':
    'このデータフォルダーで初めて扱う日の打刻は、KING OF TIME を参照できるようになるまで待機します',
  'log.punchHeld':
    'この打刻は KING OF TIME に登録済みでした（このデータフォルダーで初めて扱う日）。送信しません',
  'log.waitingForRest': '残りの打刻の送信を待っています',
  'log.passDone': '処理が完了しました',
  'log.deliveryPaused': '打刻の送信を一時停止しています',
  'log.notStopped':
    '{signal} を受け取ってから {seconds} 秒経っても停止しないため、強制的に停止します（送信中だった打刻は次の起動時に KING OF TIME で確認します）',
  'log.requestApplied': '依頼を反映しました: {answer}',
  'log.consoleLinksSaved': 'コンソールから紐づけ CSV を保存しました',
  'log.consoleRequestHanded': '台帳の変更を実行中のエージェントに渡しました',
  'log.passRecordFailed': 'コンソール用の処理記録を書き込めませんでした',
  'log.reconcileWaits': '不確定の打刻の確認を待っています',
  'log.correctionNeeded': 'KING OF TIME での修正が必要です（要修正）',
  'log.uncertainFound': '不確定の打刻は KING OF TIME に登録済みでした',
  'log.uncertainAbsent': '不確定の打刻は KING OF TIME に登録されていませんでした',
  'log.punchSent': '打刻を送信しました',
  'log.punchFailed': '打刻の送信に失敗しました',
  'log.punchUncertain': '打刻が届いたか不明です（不確定）。再送の前に KING OF TIME の打刻を確認します',
  'log.punchDeferred': '打刻の送信を延期しました',
  'log.deliveryRound': '打刻の送信結果',
  'log.kotRequest': 'KING OF TIME へのリクエスト',
  'log.kotResponse': 'KING OF TIME からの応答',
  'log.kotWaiting': 'リクエスト数の上限のため待機します',
  'log.kotRetrying': 'KING OF TIME へのリクエストに失敗しました。再試行します',
  'log.kotFailed': 'KING OF TIME へのリクエストに失敗しました',
  'progress.read': '読み込み',
  'progress.deliver': '打刻送信',
  'progress.eta': '残り',
  'progress.bytes': 'バイト',
  'progress.punches': '件',

  // doctor
  'doctor.status.ok': 'OK',
  'doctor.status.warn': '警告',
  'doctor.status.fail': 'エラー',
  'doctor.status.skip': '未確認',
  'doctor.summary': 'OK {ok} 件、警告 {warn} 件、エラー {fail} 件{skip, plural, =0 {} other {、未確認 # 件}}',
  'doctor.plain': '{text}',
  'secret.summary': '{length} 文字',
  'secret.summaryEnding': '{length} 文字、末尾 …{ending}',
  'doctor.title.config': '設定ファイル',
  'doctor.title.log-folder': 'ログ出力先フォルダー',
  'doctor.title.newest-log': '最新のログ',
  'doctor.title.parse': 'ログの読み取り',
  'doctor.title.links': '紐づけ CSV',
  'doctor.title.unlinked-accounts': '紐づけのないアカウント',
  'doctor.title.unused-links': 'ログのない紐づけ',
  'doctor.title.ledger': '台帳',
  'doctor.title.restricted-hours': '制限時間帯',
  'doctor.title.token': 'アクセストークン',
  'doctor.title.network': 'KING OF TIME への接続',
  'doctor.title.clock': '時計',
  'doctor.title.ledger-lock': '台帳のロック',
  'doctor.config.invalidFix': '{file} の各項目を、表示された内容に従って直してください',
  'doctor.config.theConfiguration': '設定',
  'doctor.config.defaults': '（既定値）',
  'doctor.config.valid': '{file} は正しく読めました。{token}。データフォルダー: {state}',
  'doctor.config.token': 'アクセストークン {secret}',
  'doctor.config.noToken': 'アクセストークンなし',
  'doctor.config.validClockSet':
    '{file} は正しく読めました。{token}。データフォルダー: {state}。--now / PCLOGIN_NOW により時計が {now} に設定されています',
  'doctor.config.clockSetFix': '通常の運用では PCLOGIN_NOW を削除してください',
  'doctor.noEmployeeList': '従業員一覧なし（{reason}）',
  'doctor.logFolder.notConfigured': '設定されておらず、レジストリからも取得できません: {reason}',
  'doctor.logFolder.notConfiguredFix':
    '設定ファイルの logDirectory に、SmartOn ID ログサーバーの CSV 出力先フォルダーを設定してください',
  'doctor.logFolder.notFound': '{folder}: フォルダーがありません',
  'doctor.logFolder.denied': '{folder}: アクセスが拒否されました',
  'doctor.logFolder.unreadable': '{folder}: {code}',
  'doctor.logFolder.deniedFix':
    'エージェントを実行するアカウント（サービスのアカウント）に、フォルダーの読み取り権限を与えてください',
  'doctor.logFolder.notFoundFix':
    'logDirectory を、ログサーバーの設定画面に表示されるフォルダー（ログ出力先）に合わせてください',
  'doctor.logFolder.configured': '{folder}（設定ファイルの値）',
  'doctor.logFolder.configuredSame': '{folder}（設定ファイルの値。レジストリの値と一致しています）',
  'doctor.logFolder.configuredDiffers':
    '{folder}（設定ファイルの値）。ログサーバーの出力先はレジストリでは {registry} です',
  'doctor.logFolder.fromRegistry': '{folder}（レジストリの値。{source}）',
  'doctor.logFolder.differsFix':
    'logDirectory を、ログサーバーが書き込むフォルダーに合わせてください（マニュアル 5.2）',
  'doctor.newestLog.none': '{folder} に {pattern} に一致するファイルがありません',
  'doctor.newestLog.noneFix':
    'ログサーバーの出力先フォルダーで間違いないか、CSV でログを出力しているかを確認してください（マニュアル 5.2）',
  'doctor.newestLog.minutes': '{file}（{minutes} 分前に更新、全 {files} ファイル）',
  'doctor.newestLog.hours': '{file}（{hours} 時間前に更新、全 {files} ファイル）',
  'doctor.newestLog.oldFix':
    '1 日以上ログが更新されていません。ログサーバーが動いているか、ログサーバーが書き込むフォルダーかを確認してください',
  'doctor.parse.clean': '最新の {files} ファイルはすべて読めました（イベント {events} 件）',
  'doctor.parse.problems':
    '最新の {files} ファイルで {skipped} 行を読み飛ばしました（読めなかったファイル {unreadable} 件）。例: {example}',
  'doctor.parse.fix':
    '`pclogin-agent inspect ファイル` で確認し、必要なら設定ファイルの csv で列を指定してください',
  'doctor.links.fix':
    'pclogin-agent links export --out links.csv で出力して編集し、pclogin-agent links import links.csv で取り込んでください',
  'doctor.links.detail':
    '{file}: 紐づけ {linked} 件、エラー {errors} 件、警告 {warnings} 件（{against}と照合）{first}',
  'doctor.links.firstError': '。{line} 行目: {message}',
  'doctor.links.checkFix': 'pclogin-agent links check {file} で、問題ごとに対処方法を確認できます',
  'doctor.unlinked.some': 'ログのある {count} 件のアカウントは打刻されません: {accounts}',
  'doctor.unlinked.someKept':
    'ログのある {count} 件のアカウントは打刻されません: {accounts}。紐づけるまで台帳に保管しているログ: {kept}',
  'doctor.unlinked.none': '最新のログのアカウントはすべて紐づいています（{count} 件）',
  'doctor.unlinked.fix':
    '紐づけ CSV のサービスアカウントに追加してください（マニュアル 3.1）。保管しているログはその時点で打刻され、最も早いログが出勤になります。従業員でないアカウントは対処不要です',
  'doctor.unused.some': '紐づけ済みのアカウントのうち {count} 件が、最新のログにありません: {accounts}',
  'doctor.unused.none': '紐づけ済みのアカウントは、すべて最新のログにあります',
  'doctor.unused.fix':
    'これらのサービスアカウントの綴りを確認してください（SmartOn アカウントと一致している必要があります）。休暇中の従業員であれば問題ありません',
  'doctor.ledger.detail':
    '{folder}: 送信済み {sent} 件、待機 {planned} 件、不確定 {uncertain} 件、失敗 {failed} 件、要修正 {corrections} 件',
  'doctor.ledger.fix': 'pclogin-agent status で、失敗と要修正の項目を理由とともに確認できます',
  'doctor.ledger.unwritable': 'データフォルダー {folder} に書き込めません（{code}）',
  'doctor.ledger.unwritableFix':
    'エージェントを実行するアカウントに書き込み権限を与えるか、stateDirectory を設定してください',
  'doctor.ledger.corrupt': '{reason}。修復するまで、エージェントは打刻を送信しません',
  'doctor.ledger.corruptFix':
    'データフォルダーをコピーして保管してから pclogin-agent run --once --repair を実行してください（送信済みと確認できない打刻は、KING OF TIME の打刻を参照してから送ります）',
  'doctor.lock.free': '台帳を使用中のエージェントはありません',
  'doctor.lock.held': '{owner}が使用中です',
  'doctor.lock.stale': '{owner}が解放せずに停止したロックが残っています（{reason}）',
  'doctor.lock.staleFix': '対処は不要です（次にエージェントが起動したときに引き継ぎます）',
  'doctor.lock.owner': '{host} のプロセス {pid}（{since} から）',
  'doctor.lock.ownerUnknown': '記録を残さなかったプロセス',
  'doctor.restricted.now':
    '現在（{now}）は KING OF TIME の API の利用制限時間帯です（{until} まで）。参照は終了後に行い、打刻の送信は続けます',
  'doctor.restricted.outside': '現在は利用制限時間帯（08:30〜10:00、17:30〜18:30）外です',
  'doctor.token.missing': 'アクセストークンが設定されていません',
  'doctor.token.missingFix':
    '環境変数 PCLOGIN_ACCESS_TOKEN、または設定ファイルの accessToken にアクセストークンを設定してください',
  'doctor.token.restricted': '現在は確認できません。KING OF TIME は {until} まで参照を受け付けません',
  'doctor.token.restrictedFix': '利用制限時間帯が終わってから doctor をもう一度実行してください',
  'doctor.token.unavailable': 'KING OF TIME によると、このアクセストークン（{secret}）は使用できません',
  'doctor.token.unavailableFix':
    'KING OF TIME（KOT WebAPI連携設定）でアクセストークンを発行し直し、設定してください',
  'doctor.token.valid': '有効です（{secret}）。{company}（企業コード {code}）のアクセストークンです',
  'doctor.token.validMismatch':
    '有効です（{secret}）が、{company}（企業コード {code}）のアクセストークンです。設定ファイルの企業コードは {configured} です',
  'doctor.token.validNoCompanyCode':
    '有効です（{secret}）。{company}（企業コード {code}）のアクセストークンです。companyCode（企業コード）は設定されていません',
  'doctor.token.mismatchFix': '自社のアクセストークンを使うか、companyCode を直してください',
  'doctor.token.noCompanyCodeFix':
    '他社のアクセストークンを誤って使ったときに気づけるよう、companyCode に "{code}" を設定してください',
  'doctor.token.refused': '拒否されました（{secret}）: {message}',
  'doctor.token.refusedFix':
    'KOT WebAPI連携設定で、アクセストークン・権限・許可 IP アドレス（このサーバーのグローバル IP アドレス）を確認してください',
  'doctor.token.notChecked': 'KING OF TIME に接続できないため、確認していません',
  'doctor.network.answered': '{url} から応答がありました{through}',
  'doctor.network.kotAnswered': 'KING OF TIME から応答がありました{through}',
  'doctor.network.through': '（プロキシ {proxy} 経由）',
  'doctor.network.noAnswer': '応答がありません{through}: {message}',
  'doctor.network.proxyAuthFix':
    'プロキシがユーザー名またはパスワードを拒否しました。proxy.username / proxy.password を直してください',
  'doctor.network.proxyFix':
    'プロキシの URL と、プロキシ経由でこのサーバーから api.kingtime.jp:443 に接続できるかを確認してください',
  'doctor.network.fix':
    'ネットワークとファイアウォールを確認するか、プロキシを設定してください（proxy.url または HTTPS_PROXY）',
  'doctor.network.invalidProxyUrl': '（URL が不正）',
  'doctor.clock.inStep': 'この PC の時計は KING OF TIME のサーバー時刻と合っています（±1 秒）',
  'doctor.clock.ahead': 'この PC の時計は KING OF TIME のサーバー時刻より {seconds} 秒進んでいます（±1 秒）',
  'doctor.clock.behind': 'この PC の時計は KING OF TIME のサーバー時刻より {seconds} 秒遅れています（±1 秒）',
  'doctor.clock.fix': '時刻を同期してください（Windows: w32tm /resync、Linux: timedatectl / chrony）',

  // status
  'state.sent': '送信済み',
  'state.planned': '待機',
  'state.uncertain': '不確定',
  'state.failed': '失敗',
  'state.corrections': '要修正',
  'status.ledger': '台帳 {folder}',
  'status.ledgerEmpty': '台帳 {folder}（空です。このデータフォルダーでエージェントはまだ実行されていません）',
  'status.asOf': '{at} 時点',
  'status.counts':
    '打刻: {sentLabel} {sent} 件、{plannedLabel} {planned} 件（うち送信時刻になったもの {due} 件）、{uncertainLabel} {uncertain} 件、{failedLabel} {failed} 件、{correctionsLabel} {corrections} 件',
  'status.waiting': '待機:',
  'status.waitingLine': '  {punch} — {until} まで: {why}',
  'status.waitingDayNotEnded': '勤務日が終わっていません',
  'status.waitingTimeNotCome': '送信時刻になっていません',
  'status.more': '  … ほか {count} 件',
  'status.upcoming': '勤務日の終了を待っている退勤（勤務日の終了後、その時点の最後のログの時刻で送ります）:',
  'status.upcomingLine': '  {employee} {workday} 退勤 {time}（現時点の最後のログ） — {after} 以降に送信',
  'status.uncertain': '不確定（再送の前に KING OF TIME の打刻を確認します）:',
  'status.uncertainLine': '  {punch} — {from} 以降に確認: {reason}',
  'status.failed': '失敗:',
  'status.failedLine': '  {punch} — {reason}  ID {id}',
  'status.noReason': '理由の記録なし',
  'status.retryHint': '  （原因を直したら: pclogin-agent retry [ID…]）',
  'status.corrections': '要修正（KING OF TIME の打刻編集で直してください）:',
  'status.correctionLine': '  {employee} {workday}: {message}  ID {id}',
  'status.resolveHint': '  （KING OF TIME で直したら: pclogin-agent corrections resolve ID…）',
  'correction.earlier-log-after-clock-in':
    '{kind}を {sent} で送信した後に、それより早い {observed} のログが届きました。この時刻を採用する場合は、KING OF TIME の打刻編集で{kind}を {observed} に直してください。',
  'correction.later-log-after-clock-out':
    '{kind}を {sent} で送信した後に、それより遅い {observed} のログが届きました。この時刻を採用する場合は、KING OF TIME の打刻編集で{kind}を {observed} に直してください。',
  'correction.break-changed-after-sent':
    '{kind}を {sent} で送信しましたが、現在のログでは {observed} です。KING OF TIME の打刻編集で休憩を直してください。',
  'correction.break-removed-after-sent':
    '{kind}を {sent} で送信しましたが、現在のログにはこの休憩がありません。KING OF TIME の打刻編集で削除してください。',
  'correction.single-log-day':
    'この勤務日のログは 1 件（{observed}）だけのため、出勤のみ打刻しました。KING OF TIME で{kind}を手入力してください。',
  'correction.held-differs':
    'KING OF TIME には{kind}が {sent} で登録済みでした（このデータフォルダーより前の打刻）。ログの時刻は {observed} です。送信はしていません。ログの時刻を採用する場合は、KING OF TIME の打刻編集で直してください。',
  'correction.relinked-after-sent':
    'アカウント {account} のログから送った{kind} {sent} が KING OF TIME に{state, select, sent {登録されています} other {登録されている可能性があります}}が、アカウント {account} は従業員 {to} に紐づけ直されました（打刻は同じログから従業員 {to} に送ります）。この従業員にはこの打刻は不要です。KING OF TIME の打刻編集で削除してください。',
  'correction.relinked-after-sent.unlinked':
    'アカウント {account} のログから送った{kind} {sent} が KING OF TIME に{state, select, sent {登録されています} other {登録されている可能性があります}}が、アカウント {account} の紐づけは削除されました。この従業員にはこの打刻は不要です。KING OF TIME の打刻編集で削除してください。',
  'status.unlinked': '紐づけのないアカウント（ログを保管しています。紐づけ CSV に追加すると打刻されます）:',
  'status.unlinkedLine': '  {account}: {count} 日分のログ {logs} 件（{days}）',
  'status.employeeList': '従業員一覧: {count} 名（{at} に取得）',
  'status.employeeListNone': '従業員一覧: まだ取得していません',
  'status.nextAction': '次の処理: {at}',

  // retry、corrections resolve
  'retry.notFailed':
    '失敗した打刻ではありません: {ids}（失敗した打刻とその ID は `pclogin-agent status` で確認できます）',
  'retry.plannedAgain': '再送を予定しました: {id}',
  'retry.done': '{count} 件の打刻を次の処理で送ります。',
  'retry.notFailedSuffix': ' 失敗した打刻ではないもの: {ids}',
  'corrections.notOpen': ' 未対応の要修正項目ではないもの（対応済み？）: {ids}',
  'request.notAnId':
    '"{text}" は ID ではありません。`pclogin-agent status` が表示する ID をそのまま指定してください（英数字と . _ -）',
  'request.owner': '{host} のプロセス {pid}',
  'request.ownerUnknown': '別のプロセス',
  'request.handedOver':
    'エージェント（{who}）がデータフォルダーを使用中のため、変更をエージェントに渡しました。エージェントの次のポーリングで反映されます。',
  'request.noAnswer':
    'まだ応答がありません。エージェントは次のポーリングで反映します（エージェントは実行中ですか？ 結果は `pclogin-agent status` で確認できます）。エージェントが停止している場合も、依頼はデータフォルダーに残り、次の起動時に反映されます。',
  'request.failed': '依頼を反映できませんでした: {message}',
  'corrections.unknown':
    '未処理の要修正の項目ではありません: {ids}（ID は `pclogin-agent status` で確認できます）',
  'corrections.done': '要修正の項目 {count} 件を修正済みにしました。',

  // links
  'links.check.summary':
    '{file}: 紐づけ {links} 件、エラー {errors} 件、警告 {warnings} 件（{against}と照合）。',
  'links.import.refused':
    '{file}: エラーが {errors} 件あるため、取り込みませんでした。直してからもう一度取り込んでください。',
  'links.import.done':
    '紐づけ {links} 件を {target} に取り込みました（{against}と照合）。実行中のエージェントは次の処理から使います。',
  'links.export.done': '{against}から、従業員 {count} 名を {file} に出力しました（{encoding}）。',
  'links.export.next':
    '「サービスアカウント」の列をテキストエディターで編集してから（Excel では先頭の 0 が消えることがあります）、次を実行してください: pclogin-agent links import {file}',
  'links.against.kot': 'KING OF TIME の従業員一覧（{count} 名）',
  'links.against.storedNoToken': '保存済みの従業員一覧（{at} 取得。アクセストークン未設定のため）',
  'links.against.stored': '保存済みの従業員一覧（{at} 取得。{because}）',
  'links.against.none': '従業員一覧なし（{reason}）',
  'links.problem': '{where}: {severity}: {message} 対処: {fix}',
  'links.severity.error': 'エラー',
  'links.severity.warning': '警告',
  'links.severity.info': '情報',

  // 紐づけ CSV の問題（コードごと。対処方法が続きます）
  'linkProblem.csv-syntax':
    'この位置の行を CSV として読めませんでした（{reason}）。この行は、巻き込まれた行とともに読み飛ばしました。',
  'linkFix.csv-syntax':
    'この行の引用符（"）を確認してください。引用符で始めた値は、引用符と区切り文字で終わる必要があります。',
  'linkProblem.empty-file': '紐づけ CSV に見出し行もデータ行もありません（{encoding} として読みました）。',
  'linkFix.empty-file':
    'PC ログイン連携または `pclogin-agent links export` で出力し直してください。1 行目は {header} です。',
  'linkProblem.missing-column': '見出し行に {missing} の列がありません。',
  'linkFix.missing-column': '1 行目を {header} にしてください。列はこの名前で判別します。',
  'linkProblem.missing-header':
    '1 行目が紐づけ CSV の見出し行ではありません: {first}（{encoding} として読みました）。',
  'linkFix.missing-header': '1 行目を {header} にしてください。列はこの名前で判別します。',
  'linkProblem.field-count':
    'この行の項目数（{fields}）が見出し行（{width}）と合いません。足りない項目は空として読みました。',
  'linkFix.field-count':
    'この行の区切り文字（カンマ）に過不足がないか確認してください（名前にカンマを含む場合は引用符で囲みます）。',
  'linkProblem.field-count.extra':
    'この行の項目数（{fields}）が見出し行（{width}）と合いません。余分な項目は無視しました: {extra}',
  'linkFix.field-count.extra':
    'この行の区切り文字（カンマ）に過不足がないか確認してください（名前にカンマを含む場合は引用符で囲みます）。',
  'linkProblem.invalid-bytes':
    'この行に {encoding} の文字として読めないバイトがあります（� と表示しています）。',
  'linkFix.invalid-bytes': 'テキストエディターで、UTF-8 または Shift_JIS（CP932）で保存し直してください。',
  'linkProblem.unknown-column': '{column} 列目の「{name}」は紐づけ CSV の列ではないため、無視しました。',
  'linkFix.unknown-column': '対処は不要です。',
  'linkProblem.duplicate-column':
    '{name} の列が 2 つあります（{first} 列目と {second} 列目）。最初の列を使います。',
  'linkFix.duplicate-column': '余分な列を削除してください。',
  'linkProblem.empty-employee-code':
    'サービスアカウント「{account}」に打刻先アカウント（KING OF TIME の従業員コード）がありません。',
  'linkFix.empty-employee-code': '従業員コードを記入するか、この行を削除してください。',
  'linkProblem.unlinked': '従業員 {employee} にはサービスアカウントがないため、打刻されません。',
  'linkFix.unlinked': 'ログを打刻にする場合は、SmartOn アカウントをサービスアカウントに記入してください。',
  'linkProblem.normalized':
    '{field}「{raw}」を「{value}」として読みました（全角文字・空白・Excel の ="…" を除きました）。',
  'linkFix.normalized':
    '対処は不要です。この警告を表示しないようにするには、ファイルに「{value}」と書いてください。',
  'linkProblem.spreadsheet-formula':
    '{field}「{value}」は表計算ソフトの数式と同じ文字（= + - @）で始まっています。Excel で開くと数式として実行されます。',
  'linkFix.spreadsheet-formula':
    "値が正しいか確認してください。pclogin-agent links export は先頭に '' を付けて書き出すため、Excel では文字列として表示されます。",
  'linkProblem.excel-number':
    '{field}「{value}」は Excel の指数表記です。Excel がコードを数値として読んだため、桁が失われています。',
  'linkFix.excel-number':
    'Excel ではなく、メモ帳などのテキストエディターで正しいコードを入力し直してください。',
  'linkProblem.unknown-employee':
    '打刻先アカウント「{employee}」は、KING OF TIME に登録されていない従業員コードです。',
  'linkFix.unknown-employee':
    'KING OF TIME の従業員一覧と照らし合わせてください。新しく登録した従業員であれば、従業員一覧を取得し直してください。',
  'linkProblem.unknown-employee.suggest':
    '打刻先アカウント「{employee}」は、KING OF TIME に登録されていない従業員コードです（「{suggestions}」は登録されています）。',
  'linkFix.unknown-employee.suggest':
    '先頭の 0 を付けて「{suggestions}」と書いてください。Excel で開くと先頭の 0 が消えるため、テキストエディターで編集してください。',
  'linkProblem.possible-leading-zero-loss':
    '{field}「{value}」は、ファイル内のほかのコード（先頭に 0 を付けた {digits} 桁）より短くなっています。Excel で先頭の 0 が消える前は「{padded}」ではありませんでしたか。',
  'linkFix.possible-leading-zero-loss':
    'そうであれば、メモ帳などのテキストエディターで「{padded}」と書いてください。',
  'linkProblem.service-account-not-in-logs':
    'サービスアカウント「{account}」はログに一度も出てきませんが、{seen} は出てきます。このままではログが打刻されません。',
  'linkFix.service-account-not-in-logs':
    '先頭の 0 を付けて（{padded}）書いてください。Excel でファイルを開くと先頭の 0 が消えます。テキストエディターで編集してから取り込んでください（pclogin-agent links import）。紐づけを直すと、読み取り済みのログも打刻されます。',
  'linkProblem.duplicate-account':
    'サービスアカウント「{account}」が複数の従業員（{employees}。{lines} 行目）に紐づいています。これらの紐づけはどれも使いません。',
  'linkFix.duplicate-account': 'この SmartOn アカウントの本人の行だけを残し、ほかの行を直してください。',
  'linkProblem.duplicate-row':
    'サービスアカウント「{account}」→ 打刻先アカウント「{employee}」の紐づけが重複しています（{lines} 行目）。',
  'linkFix.duplicate-row': '重複した行を削除してください。',
  'linkProblem.duplicate-employee':
    '従業員 {employee} に複数のサービスアカウント（{accounts}。{lines} 行目）が紐づいています。どのアカウントのログも、この従業員の打刻になります。',
  'linkFix.duplicate-employee': '本人のものでないアカウントがあれば、その行を直してください。',
  // ログを読むコマンド：inspect、events、daily、logs
  // ログの行の問題
  'parseIssue.bad-timestamp': '日時を読み取れません（形式の例: 2024/02/07 09:03:12）',
  'parseIssue.missing-account': 'アカウントの列が空です',
  'parseIssue.missing-event': 'イベントの列が空です',
  'parseIssue.column-count': '項目の数が見出し行と合いません',
  'parseIssue.undecodable': 'ファイルの文字コードで読めないバイトがあります',
  'parseIssue.unclosed-quote': '引用符（"）で始まった項目が閉じていません。この行は読み飛ばしました',
  'parseIssue.record-too-long': '1 MiB を超えて改行がありません。次の改行まで読み飛ばしました',
  'parseIssue.unknown-event':
    '辞書にないイベント語です。「other」として読みました。ログオン／ログオフ／ロック／アンロックを表す語なら、設定ファイルの csv.eventWords に追加してください',
  'parseIssue.unrecognised-layout':
    '列を判別できません。設定ファイルの csv で列を指定してください（pclogin-agent inspect で確認できます）',
  'parseIssue.file-truncated': '前回読んだ後にファイルが短くなりました。最初から読み直します',
  'parseIssue.file-replaced': '前回読んだ後にファイルの内容が変わりました。最初から読み直します',
  'read.skipped': '{where}: 読み飛ばしました: {reason}{text}',
  'read.note': '{where}: 注意: {reason}{text}',
  'read.outOfOrder':
    '{where}: 読み飛ばしました: 時刻順になっていません。この勤務日はすでに表示済みです（イベントは古い順に並んでいる必要があります）',
  'inspect.file': 'ファイル:     {file}（{bytes} バイト）',
  'inspect.encoding': '文字コード:   {encoding}',
  'inspect.by': '（判定: {by}）',
  'inspect.withBom': '、BOM 付き',
  'inspect.unknown': '不明',
  'inspect.delimiter': '区切り文字:   {delimiter}',
  'inspect.header': '見出し行:     {header}',
  'inspect.headerLine': '{line} 行目: {names}',
  'inspect.none': 'なし',
  'inspect.columnsNotFound': '列:           判別できません — {problem}',
  'inspect.col.number': '#',
  'inspect.col.name': '列名',
  'inspect.col.role': '用途',
  'inspect.col.decidedBy': '判定',
  'inspect.col.example': '例',
  'inspect.notUsed': '（使用しない）',
  'inspect.timeFormats': '日時の形式: {formats}',
  'inspect.rows': '{count} 行',
  'inspect.eventWords': 'イベント語:',
  'inspect.unknownWord': '（不明な語）',
  'inspect.unknownWords':
    '不明な語（「other」として読みます。ログオン／ログオフ／ロック／アンロックを表す語なら csv.eventWords に追加してください）: {words}',
  'inspect.counts': '行数: {rows}、イベント: {events}、空行: {empty}、読み飛ばし: {skipped}',
  'inspect.skippedLines': '読み飛ばした行:',
  'inspect.skippedLine': '  {line} 行目: {code}: {reason}{text}',
  'inspect.more': '  … ほか {count} 行',
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
  'daily.notLinked': '{account}（紐づけなし）',
  'borders.fixed':
    '勤務日: 日付変更時刻 {dayBorder}（{given, select, yes {--day-border で指定} other {既定}}）、{timeZone}',
  'borders.fixedNoConfig':
    '勤務日: 日付変更時刻 {dayBorder}（{given, select, yes {--day-border で指定} other {既定}}）、{timeZone}。エージェントの区切り（所属ごとの日付変更時刻）を使うには --config を指定してください',
  'borders.agent':
    '勤務日: エージェントの設定（{file}）。{fetchedAt} に保存した従業員一覧の所属ごとの日付変更時刻、紐づけのないアカウントは {fallbackDayBorder}、{timeZone}',
  'borders.noEmployeeList':
    '勤務日: {fallbackDayBorder}（{file} の defaultDayBorder。従業員一覧をまだ保存していないため、所属ごとの日付変更時刻は使えません）、{timeZone}',
  'borders.configuration': '設定ファイル',
  'read.heldBack':
    '{file}: 注意: 最後の行に改行がまだありません（ファイルの書き込み中です）。書き終わるまでこの行は読み取りません',
  'files.missing': '{path}: ファイルまたはフォルダーがありません',
  'files.noneMatching': '{path}: {pattern} に一致するファイルがありません',
  'daily.linksError': '{file}:{line}: {message} 対処: {fix}',

  // setup（初期設定ウィザード）
  'setup.logDirectoryNeeded':
    '--log-directory で SmartOn ID のログ出力先フォルダーを指定してください（このシステムにはレジストリの設定がありません）',
  'setup.writeDenied':
    '{file} に書き込めません（アクセス拒否）。setup を管理者として（Windows）、または sudo で（Linux）実行してください',
  'setup.writeFailed': '{file} に書き込めません（{code}）',
  'setup.existingInvalid':
    'JSON の書式に誤りがあります。直すか削除してから、setup をもう一度実行してください',
  'setup.restrictFailed':
    '{path} のアクセス権を制限できません: {message}。setup を管理者として（Windows）、または sudo で（Linux）実行してください',
  'setup.welcome': 'pclogin-agent の初期設定です。設定ファイル: {file}',
  'setup.existing': '既存の設定を読み込みました。Enter を押すと、いまの値のまま進みます。',
  'setup.companyCode': '企業コード（KING OF TIME のログイン ID の最初の 3 文字または 6 文字）',
  'setup.proxy': 'プロキシの URL（使わない場合は空のまま Enter。設定済みのプロキシを外すには -）',
  'setup.proxyUser': 'プロキシのユーザー名（認証なしなら空のまま Enter）',
  'setup.proxyPassword': 'プロキシのパスワード（入力は表示されません）',
  'setup.token': 'アクセストークン（入力は表示されません）',
  'setup.tokenKept': 'アクセストークン（Enter で設定済みのアクセストークンのまま）',
  'setup.checking': 'KING OF TIME でアクセストークンを確認しています…',
  'setup.tokenOk': 'アクセストークンを確認しました: {detail}',
  'setup.tokenBad': 'アクセストークンを確認できません: {detail}',
  'setup.tryAgain': 'もう一度入力しますか',
  'setup.logDirectory': 'SmartOn ID のログ出力先フォルダー',
  'setup.logFromRegistry':
    'SmartOn ID の設定（レジストリ）では、ログ出力先フォルダーは {dir} です。空のまま Enter でこれを使います（設定ファイルには書かず、起動のたびにレジストリを読みます）。',
  'setup.noRegistry': 'レジストリからログ出力先フォルダーを取得できません（{why}）。',
  'setup.wrote': '書き込みました: {what}',
  'setup.restricted': 'アクセス権を制限しました: {what}',
  'setup.doctor': '診断（pclogin-agent doctor）を実行します。',
  'setup.linksExport': 'KING OF TIME の従業員一覧を紐づけ CSV に出力しますか',
  'setup.linksFile': '出力するファイル',
  'setup.serviceInstall': 'サービスとして登録して開始しますか',
  'setup.done': '設定が完了しました。以後のコマンドは、--config を付けなくても {file} を使います。',
  'setup.nonInteractive': '質問せずに実行します（--yes、または端末なし）。',
  // service
  'service.wrote': '{file} を書き込みました',
  'service.removedFile': '{file} を削除しました',
  'service.stopNotRunning': '{command}（サービスは停止していました）',
  'service.winswNotGiven':
    'WinSW の実行ファイルが指定されていません。--winsw でパスを指定してください。{hint}',
  'service.winswNotFound': 'WinSW が見つかりません（{path}）。{hint}',
  'service.writeDenied':
    '{file} に書き込めません（アクセス拒否）。管理者として（Windows）、または sudo で（Linux）実行してください',
  'service.writeFailed': '{file} に書き込めません（{code}）',
  'service.installed':
    'サービスを登録して開始しました。pclogin-agent doctor と pclogin-agent status で確認してください',
  'service.removed': 'サービスを削除しました。台帳とキャッシュは {folder} に残っています。',

  // console
  'console.badPort': '--port {port}: 0〜65535 のポート番号を指定してください（0: 空いている任意のポート）',
  'console.listenEveryInterface':
    '--listen {address}: すべてのインターフェースではなく、1 つのインターフェースのアドレス（例 192.168.1.10）を指定してください',
  'console.noLogFolder':
    'ログ出力先フォルダーがありません。設定ファイルの logDirectory（またはレジストリの SmartOn の設定）を確認してください',
  'console.noAccessToken': 'アクセストークンが設定されていないため、KING OF TIME を参照できません',
  'console.portInUse':
    '--port {port} は使用中です。別のポートか、0（空いている任意のポート）を指定してください',
  'console.listenWarning':
    '警告: コンソールは {address} で待ち受けています。ほかのコンピューターから暗号化されていない HTTP で接続でき、保護はアクセスキーだけです。信頼できるネットワークでのみ使用してください。',
  'console.open':
    'pclogin コンソール: この PC のブラウザーで次の URL を開いてください（アクセスキーを含むため、ほかの人に教えないでください）:',
  'console.openReadOnly':
    'pclogin コンソール（表示のみ）: この PC のブラウザーで次の URL を開いてください（アクセスキーを含むため、ほかの人に教えないでください）:',
  'console.stopHint': 'Ctrl+C で停止します。',
  'demo.consoleOpen':
    'デモのデータを表示する Web コンソール（pclogin-agent console と同じ画面）: 次の URL を開いてください',
  // demo
  'demo.title':
    'pclogin デモ: 1 週間分の SmartOn ID のログ → KING OF TIME（127.0.0.1 のシミュレーター。認証情報もネットワークも使いません）',
  'demo.wrote':
    '日ごとのログファイル {files} 個（CP932、CRLF、日本語の見出し行）を作成しました: {accounts} アカウントの {rows} 行と不正な行 1 行、および紐づけ CSV。',
  'demo.sent':
    'エージェントはイベント {events} 件を読み、打刻 {sent} 件を送信しました（失敗 {failed} 件、不確定 {uncertain} 件）。',
  'demo.kotHolds': 'KING OF TIME に登録された打刻（日別データ）:',
  'demo.noErrorDays': 'エラー勤務はありません。どの勤務日も出勤と退勤が 1 つずつです。',
  'demo.errorDays': 'エラー勤務: {count} 件',
  'demo.skipped': '打刻しなかったもの:',
  'demo.unlinked':
    '  アカウント {account}: 勤務日 {days} 日分のログ {events} 件 — KING OF TIME の従業員に紐づいていません。ログは保管しておき、紐づけた時点で打刻します（pclogin-agent links export / links import）',
  'demo.issue': '  {file} {line} 行目: {reason}{text}',
  'demo.notes': '注意:',
  'demo.consoleStopped': 'コンソールを停止しました。一時ファイルは削除しました。',
  'demo.consoleHint':
    'デモのデータは Web コンソール（pclogin-agent console: 状態、日別データ、ログ表示、アカウント連携、補正）でも確認できます: npm start -- --console',
  'demo.workdays':
    '勤務日はエージェントと同じく（`daily --config` でも同じ表示になります）所属ごとの日付変更時刻で区切っています（{divisions}）。Asia/Tokyo。',
  'demo.listSeparator': '、',
  'demo.done': '{seconds} 秒で完了しました。一時ファイルは削除しました。',
  'punches.dateAndRange':
    '--date と --from/--to は同時に指定できません。1 つの勤務日か期間のどちらかを指定してください',
  'punches.planned': '待機: {at} に送信',
  'punches.plannedBecause': '待機: {at} に送信（{reason}）',
  'punches.sending': '送信中',
  'punches.sent': '送信済み {at}',
  'punches.sentConfirmed': '送信済み {at}（KING OF TIME の打刻を参照して確認）',
  'punches.uncertain': '不確定: {reason}（再送の前に KING OF TIME の打刻を確認します）',
  'punches.failed': '失敗: {reason}',
  'punches.mark.missing': 'KING OF TIME にありません',
  'punches.mark.differentTime': '時刻が異なります',
  'punches.mark.heldNotSent': '登録済み（この台帳からは送信していません）',
  'punches.notInLedger': '台帳にありません',
  'punches.onlyInKot': 'KING OF TIME にのみあります',
  'punches.otherKind': 'その他',
  'punches.kotUnreadable': '読み取れません',
  'punches.employeeUnreadable':
    '従業員 {employeeCode} の打刻は KING OF TIME から読み取れなかったため、比較していません: {reason}',
  'punches.differences': '相違 {count} 件。',
  'run.maxWaitInvalid': '--max-wait には秒数を指定してください（例: 120）。指定された値: "{value}"',
  'run.incomplete':
    'pclogin-agent: 未完了: 送信が終わっていない打刻が {total} 件あります（送信待ち {planned} 件、KING OF TIME での確認待ち {uncertain} 件）{next}{because}。次回の実行か、実行中のサービスが送信します',
  'run.incompleteNext': '。次の処理は {at} 以降です',
  'run.incompleteBecause': '。理由: {reason}',
  'worker.stopAgain': 'pclogin-agent: {signal} をもう一度受け取りました。すぐに停止します',
  'worker.notStopped':
    'pclogin-agent: {signal} を受け取ってから {seconds} 秒経っても停止しないため、強制的に停止します（送信中だった打刻は次の起動時に KING OF TIME で確認します）',
  'setup.useraddFailed': 'サービスのアカウント {name} を作成できませんでした（useradd）: {message}',
  'service.winswVariable':
    'WinSW は {path} の {variable} を環境変数の値に置き換えてしまいます。パスに %…% を含まないフォルダーを使ってください',
  'service.winswControl': '制御文字を含むパスは WinSW の XML に書けません: {path}',
  'service.systemdLineBreak':
    '改行を含むパスは systemd のユニットに書けません: {path}。移動するか名前を変えてください',
  'service.systemdProgram':
    'systemd は引用符やバックスラッシュを含むパスのプログラムを起動できません: {path}。/opt/pclogin のような通常のフォルダーに移動してください',
  'service.winswHint':
    'リリースの zip には WinSW が pclogin-agent.exe と同じフォルダーに pclogin-agent-service.exe として含まれています（service install はそこから見つけます）。zip がない場合は WinSW（https://github.com/winsw/winsw/releases の WinSW-x64.exe）をダウンロードしてそのパスにコピーし、もう一度実行してください',
  'config.accessTokenMissing':
    '未設定です。環境変数 PCLOGIN_ACCESS_TOKEN か、設定ファイルの "accessToken" にアクセストークン（32 桁の英数字）を設定してください',
  'error.fileMissing': '{path}: ファイルまたはフォルダーがありません（{code}）',
  'error.fileDenied': '{path}: アクセスが拒否されました（{code}）',
  'error.fileIsFolder': '{path} はフォルダーです（{code}）',
  'error.fileOther': '{path}: ファイルを操作できませんでした（{code}）',
  'service.toolNotFound': '見つかりません',
  'service.toolFailed': '失敗しました（{message}）',
  // 台帳と送信結果の理由（core と KOT クライアントのコード。localized-reason.ts を参照）。
  'reason.sinkOutage':
    'KING OF TIME に接続できない状態です（送信が続けて失敗しました。最後のエラー: {cause}）。次は {until} に試します',
  'reason.unexpectedFailure': '予期しないエラーです。打刻が登録済みの可能性があります: {message}',
  'reason.waitingToReadNewDays':
    'このデータフォルダーで初めて扱う勤務日のため、KING OF TIME に登録済みの打刻を確認してから送信します。確認できるまで待機しています（{cause}）',
  'reason.waitingToReadEmployee':
    '従業員 {employeeCode} の、このデータフォルダーで初めて扱う勤務日のため、KING OF TIME に登録済みの打刻を確認してから送信します。確認できるまで待機しています（{cause}）',
  'reason.heldBeforeSending':
    '打刻は KING OF TIME に登録済みでした（このデータフォルダーで初めて扱う勤務日のため、送信前に確認しました）。送信していません',
  'reason.absentResend': 'KING OF TIME に打刻がないことを確認しました。もう一度送信します',
  'reason.readFailed': 'KING OF TIME の打刻を参照できませんでした: {message}',
  'reason.readEmployeeFailed':
    '従業員 {employeeCode} の打刻を KING OF TIME で参照できませんでした（{cause}）',
  'reason.interrupted': '送信中にプロセスが停止しました。再送の前に KING OF TIME の打刻を確認します',
  'reason.ledgerRepaired': '損傷した台帳を修復しました。送信の前に KING OF TIME の打刻を確認します',
  'reason.lockNotRefreshed': '{seconds} 秒間更新されていません',
  'reason.lockOwnerGone': 'プロセス {pid} は終了しています',
  'error.ledgerLocked':
    'データフォルダー {directory} は {owner} が使用中です。先にもう一方のエージェントを停止してください。別のコンピューターで異常終了したプロセスが残したロックは、数秒で自動的に解除されます。',
  'reason.unknownEmployee':
    '従業員コード {employeeCode} が KING OF TIME の従業員一覧にありません。紐づけ CSV の打刻先アカウントを確認するか、従業員一覧の次の更新を待ってください',
  'reason.unknownEmployees':
    '従業員コード {employeeCodes}（{count} 名）が KING OF TIME の従業員一覧にないため、打刻を参照できません。紐づけ CSV の打刻先アカウントを確認するか、従業員一覧の次の更新を待ってください',
  'reason.kotRestrictedHours': 'API の利用制限時間帯のため、{until} まで KING OF TIME を参照できません',
  'reason.kotRestrictedHoursServer':
    'API の利用制限時間帯のため、KING OF TIME が参照を受け付けませんでした。{until} 以降に再試行します',
  'reason.kotRateLimited': 'KING OF TIME へのリクエストが多すぎます（HTTP {status}）',
  'reason.kotRateLimitedWait':
    'KING OF TIME へのリクエストが多すぎます（HTTP {status}）。{seconds} 秒待つよう求められました',
  'reason.kotProxyCredentialsRejected':
    'プロキシ {proxy} が認証情報を拒否しました（HTTP {status}）。プロキシのユーザー名とパスワードを確認してください',
  'reason.kotProxyAuthenticationRequired':
    'プロキシ {proxy} が認証を求めています（HTTP {status}）。proxy.username と proxy.password（または HTTPS_PROXY の user:password）を設定してください',
  'reason.kotConnectionFailed':
    'KING OF TIME に接続できませんでした: {reason}{maybeApplied, select, yes {（打刻が登録済みの可能性があります。再送の前に KING OF TIME の打刻を確認します）} other {}}',
  'reason.kotConnectionFailedProxy':
    'プロキシ {proxy} 経由で KING OF TIME に接続できませんでした: {reason}{maybeApplied, select, yes {（打刻が登録済みの可能性があります。再送の前に KING OF TIME の打刻を確認します）} other {}}',
  'reason.kotTimeout':
    'KING OF TIME から {seconds} 秒以内に応答がありませんでした{maybeApplied, select, yes {（打刻が登録済みの可能性があります。再送の前に KING OF TIME の打刻を確認します）} other {}}',
  'reason.kotTotalTimeout':
    '待ち時間と再試行の合計が {seconds} 秒を超えるため中止しました{maybeApplied, select, yes {（打刻が登録済みの可能性があります。再送の前に KING OF TIME の打刻を確認します）} other {}}',
  'reason.kotInvalidResponse': 'KING OF TIME の応答（HTTP {status}）の形式が想定と異なります: {issues}',
  'reason.kotAuthenticationFailed':
    'KING OF TIME がアクセストークンを受け付けませんでした（HTTP {status}）{details}。KOT WebAPI連携設定でアクセストークンと許可 IP アドレスを確認してください',
  'reason.kotPermissionDenied':
    'KING OF TIME が許可しませんでした（HTTP {status}）{details}。KOT WebAPI連携設定でアクセストークンの権限を確認してください',
  'reason.kotBadRequest': 'KING OF TIME がリクエストを受け付けませんでした（HTTP {status}）{details}',
  'reason.kotNotFound': 'KING OF TIME に該当するデータがありません（HTTP {status}）{details}',
  'reason.kotServerError': 'KING OF TIME でサーバーエラーが発生しました（HTTP {status}）{details}',
  'reason.kotApiError': 'KING OF TIME がエラーを返しました（HTTP {status}）{details}',
  'reason.apiDetails': ': {details}',
};
