// Rendered Security event messages as Get-WinEvent's `Message` property holds them on English and
// Japanese Windows 10/11 (event 4624 version 2; 4634, 4647, 4800, 4801 version 0): CRLF line ends,
// tab-aligned values, SIDs unresolved, the explanatory paragraphs at the end.

/** The facts a message is rendered from. */
export interface MessageFacts {
  id: 4624 | 4634 | 4647 | 4800 | 4801;
  account: string;
  domain: string;
  sid: string;
  logonId: string;
  logonType?: number;
  machine: string;
  subjectAccount?: string;
  subjectSid?: string;
  subjectDomain?: string;
  sourceAddress?: string;
  elevated?: boolean;
}

export type MessageLanguage = 'en' | 'ja';

const crlf = (lines: string[]) => lines.join('\r\n');

function logon4624(f: MessageFacts, lang: MessageLanguage): string {
  const network = f.logonType === 3;
  const subject = {
    sid: f.subjectSid ?? (network ? 'S-1-0-0' : 'S-1-5-18'),
    account: f.subjectAccount ?? (network ? '-' : `${f.machine}$`),
    domain: f.subjectDomain ?? (network ? '-' : f.domain),
    logonId: network ? '0x0' : '0x3E7',
  };
  const processName = network ? '-' : 'C:\\Windows\\System32\\svchost.exe';
  const processId = network ? '0x0' : '0x3a4';
  const address = f.sourceAddress ?? (network ? '10.0.0.15' : '127.0.0.1');
  const logonProcess = network ? 'NtLmSsp ' : 'User32 ';
  const pkg = network ? 'NTLM' : 'Negotiate';
  if (lang === 'en') {
    return crlf([
      'An account was successfully logged on.',
      '',
      'Subject:',
      `\tSecurity ID:\t\t${subject.sid}`,
      `\tAccount Name:\t\t${subject.account}`,
      `\tAccount Domain:\t\t${subject.domain}`,
      `\tLogon ID:\t\t${subject.logonId}`,
      '',
      'Logon Information:',
      `\tLogon Type:\t\t${f.logonType}`,
      '\tRestricted Admin Mode:\t-',
      '\tVirtual Account:\t\tNo',
      `\tElevated Token:\t\t${f.elevated ? 'Yes' : 'No'}`,
      '',
      'Impersonation Level:\t\tImpersonation',
      '',
      'New Logon:',
      `\tSecurity ID:\t\t${f.sid}`,
      `\tAccount Name:\t\t${f.account}`,
      `\tAccount Domain:\t\t${f.domain}`,
      `\tLogon ID:\t\t${f.logonId}`,
      '\tLinked Logon ID:\t\t0x0',
      '\tNetwork Account Name:\t-',
      '\tNetwork Account Domain:\t-',
      '\tLogon GUID:\t\t{00000000-0000-0000-0000-000000000000}',
      '',
      'Process Information:',
      `\tProcess ID:\t\t${processId}`,
      `\tProcess Name:\t\t${processName}`,
      '',
      'Network Information:',
      `\tWorkstation Name:\t${f.machine}`,
      `\tSource Network Address:\t${address}`,
      '\tSource Port:\t\t0',
      '',
      'Detailed Authentication Information:',
      `\tLogon Process:\t\t${logonProcess}`,
      `\tAuthentication Package:\t${pkg}`,
      '\tTransited Services:\t-',
      '\tPackage Name (NTLM only):\t-',
      '\tKey Length:\t\t0',
      '',
      'This event is generated when a logon session is created. It is generated on the computer that was accessed.',
      '',
      'The subject fields indicate the account on the local system which requested the logon. This is most commonly a service such as the Server service, or a local process such as Winlogon.exe or Services.exe.',
      '',
      'The logon type field indicates the kind of logon that occurred. The most common types are 2 (interactive) and 3 (network).',
      '',
      'The New Logon fields indicate the account for whom the new logon was created, i.e. the account that was logged on.',
      '',
      'The network fields indicate where a remote logon request originated. Workstation name is not always available and may be left blank in some cases.',
      '',
      'The impersonation level field indicates the extent to which a process in the logon session can impersonate.',
      '',
      'The authentication information fields provide detailed information about this specific logon request.',
      '\t- Logon GUID is a unique identifier that can be used to correlate this event with a KDC event.',
      '\t- Transited services indicate which intermediate services have participated in this logon request.',
      '\t- Package name indicates which sub-protocol was used among the NTLM protocols.',
      '\t- Key length indicates the length of the generated session key. This will be 0 if no session key was requested.',
    ]);
  }
  return crlf([
    'アカウントが正常にログオンしました。',
    '',
    'サブジェクト:',
    `\tセキュリティ ID:\t\t${subject.sid}`,
    `\tアカウント名:\t\t${subject.account}`,
    `\tアカウント ドメイン:\t\t${subject.domain}`,
    `\tログオン ID:\t\t${subject.logonId}`,
    '',
    'ログオン情報:',
    `\tログオン タイプ:\t\t${f.logonType}`,
    '\t制限付き管理モード:\t-',
    '\t仮想アカウント:\t\tいいえ',
    `\t昇格されたトークン:\t\t${f.elevated ? 'はい' : 'いいえ'}`,
    '',
    '偽装レベル:\t\t偽装',
    '',
    '新しいログオン:',
    `\tセキュリティ ID:\t\t${f.sid}`,
    `\tアカウント名:\t\t${f.account}`,
    `\tアカウント ドメイン:\t\t${f.domain}`,
    `\tログオン ID:\t\t${f.logonId}`,
    '\tリンクされたログオン ID:\t\t0x0',
    '\tネットワーク アカウント名:\t-',
    '\tネットワーク アカウント ドメイン:\t-',
    '\tログオン GUID:\t\t{00000000-0000-0000-0000-000000000000}',
    '',
    'プロセス情報:',
    `\tプロセス ID:\t\t${processId}`,
    `\tプロセス名:\t\t${processName}`,
    '',
    'ネットワーク情報:',
    `\tワークステーション名:\t${f.machine}`,
    `\tソース ネットワーク アドレス:\t${address}`,
    '\tソース ポート:\t\t0',
    '',
    '詳細な認証情報:',
    `\tログオン プロセス:\t\t${logonProcess}`,
    `\t認証パッケージ:\t${pkg}`,
    '\t移行されたサービス:\t-',
    '\tパッケージ名 (NTLM のみ):\t-',
    '\tキーの長さ:\t\t0',
    '',
    'このイベントは、ログオン セッションの作成時に生成されます。このイベントは、アクセス先のコンピューターで生成されます。',
    '',
    'サブジェクトのフィールドは、ログオンを要求したローカル システム上のアカウントを示します。これはサーバー サービスなどのサービスまたは Winlogon.exe や Services.exe などのローカル プロセスであることが最も一般的です。',
    '',
    'ログオンの種類のフィールドは、発生したログオンの種類を示します。最も一般的な種類は、2 (対話型) と 3 (ネットワーク) です。',
    '',
    '新しいログオンのフィールドは、新しいログオンを作成するアカウント、つまりログオン先のアカウントを示します。',
    '',
    'ネットワークのフィールドは、リモート ログオン要求の送信元を示します。ワークステーション名は常に使用できるとは限らず、場合によっては空白のままになります。',
    '',
    '偽装レベルのフィールドは、ログオン セッション内のプロセスが偽装できる範囲を示します。',
    '',
    '認証情報のフィールドは、この特定のログオン要求に関する詳細な情報を提供します。',
    '\t- ログオン GUID は、このイベントを KDC イベントと関連付けるために使用できる一意の識別子です。',
    '\t- 移行されたサービスは、このログオン要求に参加した中間サービスを示します。',
    '\t- パッケージ名は、NTLM プロトコル間で使用されたサブプロトコルを示します。',
    '\t- キーの長さは、生成されたセッション キーの長さを示します。セッション キーが要求されていない場合、これは 0 になります。',
  ]);
}

function subject(f: MessageFacts, lang: MessageLanguage, sessionId?: number): string[] {
  const lines =
    lang === 'en'
      ? [
          'Subject:',
          `\tSecurity ID:\t\t${f.sid}`,
          `\tAccount Name:\t\t${f.account}`,
          `\tAccount Domain:\t\t${f.domain}`,
          `\tLogon ID:\t\t${f.logonId}`,
        ]
      : [
          'サブジェクト:',
          `\tセキュリティ ID:\t\t${f.sid}`,
          `\tアカウント名:\t\t${f.account}`,
          `\tアカウント ドメイン:\t\t${f.domain}`,
          `\tログオン ID:\t\t${f.logonId}`,
        ];
  if (sessionId !== undefined)
    lines.push(lang === 'en' ? `\tSession ID:\t${sessionId}` : `\tセッション ID:\t${sessionId}`);
  return lines;
}

/** The `Message` of an event, as PowerShell renders it in the given display language. */
export function renderMessage(f: MessageFacts, lang: MessageLanguage): string {
  switch (f.id) {
    case 4624:
      return logon4624(f, lang);
    case 4634:
      return lang === 'en'
        ? crlf([
            'An account was logged off.',
            '',
            ...subject(f, lang),
            '',
            `Logon Type:\t\t\t${f.logonType}`,
            '',
            'This event is generated when a logon session is destroyed. It may be positively correlated with a logon event using the Logon ID value. Logon IDs are only unique between reboots on the same computer.',
          ])
        : crlf([
            'アカウントがログオフしました。',
            '',
            ...subject(f, lang),
            '',
            `ログオン タイプ:\t\t\t${f.logonType}`,
            '',
            'このイベントは、ログオン セッションが破棄されたときに生成されます。ログオン ID の値を使用して、ログオン イベントと正の相関関係を持たせることができます。ログオン ID は、同じコンピューターで再起動するまでの間のみ一意です。',
          ]);
    case 4647:
      return lang === 'en'
        ? crlf([
            'User initiated logoff:',
            '',
            ...subject(f, lang),
            '',
            'This event is generated when a logoff is initiated. No further user-initiated activity can occur. This event can be interpreted as a logoff event.',
          ])
        : crlf([
            'ユーザー開始のログオフ:',
            '',
            ...subject(f, lang),
            '',
            'このイベントは、ログオフが開始されたときに生成されます。それ以降、ユーザーが開始したアクティビティは発生しません。このイベントは、ログオフ イベントとして解釈できます。',
          ]);
    case 4800:
      return crlf([
        lang === 'en' ? 'The workstation was locked.' : 'ワークステーションがロックされました。',
        '',
        ...subject(f, lang, 1),
      ]);
    case 4801:
      return crlf([
        lang === 'en' ? 'The workstation was unlocked.' : 'ワークステーションのロックが解除されました。',
        '',
        ...subject(f, lang, 1),
      ]);
  }
}
