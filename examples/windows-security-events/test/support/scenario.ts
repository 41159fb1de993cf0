// A realistic stretch of a Security log: what Windows 10/11 records around people's working days,
// including the noise a parser must ignore (boot-time system logons, window-manager and font-driver
// sessions, network logons to file shares, the short session an unlock creates, machine accounts).
import { zonedTimeToInstant } from '@pclogin/core';
import type { SampleEvent } from './powershell-export.js';

export interface Person {
  account: string;
  domain: string;
  sid: string;
  machine: string;
  machineName: string;
}

export const yamada: Person = {
  account: 'yamada',
  domain: 'CORP',
  sid: 'S-1-5-21-3623811015-3361044348-30300820-1104',
  machine: 'PC01',
  machineName: 'PC01.corp.example.co.jp',
};
export const suzuki: Person = {
  account: 'suzuki',
  domain: 'CORP',
  sid: 'S-1-5-21-3623811015-3361044348-30300820-1107',
  machine: 'SRV01',
  machineName: 'SRV01.corp.example.co.jp',
};
/** A local account with a Japanese name: what Windows PowerShell 5.1's ASCII export destroys. */
export const sato: Person = {
  account: '佐藤花子',
  domain: 'PC02',
  sid: 'S-1-5-21-1004336348-1177238915-682003330-1001',
  machine: 'PC02',
  machineName: 'PC02',
};
/** Somebody whose account no link covers. */
export const guest: Person = {
  account: 'kenshu01',
  domain: 'CORP',
  sid: 'S-1-5-21-3623811015-3361044348-30300820-1203',
  machine: 'PC03',
  machineName: 'PC03.corp.example.co.jp',
};

const TZ = 'Asia/Tokyo';

/** The instant of a Japan wall-clock time, `2024-02-07 09:03:12`. */
export function jst(text: string): Date {
  const [date = '', time = ''] = text.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute, second] = time.split(':').map(Number);
  return zonedTimeToInstant(
    {
      year: year!,
      month: month!,
      day: day!,
      hour: hour!,
      minute: minute!,
      second: second ?? 0,
      millisecond: 0,
    },
    TZ,
  );
}

/** Builds events with increasing record numbers. */
export class LogBuilder {
  readonly events: SampleEvent[] = [];
  #recordId = 48_000;
  #logonId = 0x1a2b00;

  add(person: Person, id: SampleEvent['id'], at: string, extra: Partial<SampleEvent> = {}): this {
    this.#recordId += 1;
    this.events.push({
      id,
      at: jst(at),
      recordId: this.#recordId,
      account: person.account,
      domain: person.domain,
      sid: person.sid,
      machine: person.machine,
      machineName: person.machineName,
      logonId: `0x${(this.#logonId++).toString(16)}`,
      ...extra,
    });
    return this;
  }

  /** What Windows writes when a PC starts: SYSTEM service logons, then font-driver and window-manager sessions. */
  boot(person: Person, at: string): this {
    const system = { account: 'SYSTEM', domain: 'NT AUTHORITY', sid: 'S-1-5-18' };
    this.add({ ...person, ...system }, 4624, at, { logonType: 5 });
    this.add({ ...person, account: 'UMFD-0', domain: 'Font Driver Host', sid: 'S-1-5-96-0-0' }, 4624, at, {
      logonType: 2,
    });
    this.add({ ...person, account: 'UMFD-1', domain: 'Font Driver Host', sid: 'S-1-5-96-0-1' }, 4624, at, {
      logonType: 2,
    });
    this.add({ ...person, account: 'DWM-1', domain: 'Window Manager', sid: 'S-1-5-90-0-1' }, 4624, at, {
      logonType: 2,
    });
    return this;
  }

  /** A sign-in at the keyboard: an administrator gets two linked sessions, elevated and not. */
  signIn(person: Person, at: string, logonType = 2): this {
    this.add(person, 4624, at, { logonType, elevated: true });
    return this.add(person, 4624, at, { logonType, elevated: false });
  }

  /** A mapped drive or file share touched: a type-3 session that ends a second later. */
  networkTouch(person: Person, at: string, end: string): this {
    this.add(person, 4624, at, { logonType: 3, sourceAddress: '10.0.0.15' });
    return this.add(person, 4634, end, { logonType: 3 });
  }

  /** Lock, then unlock: Windows logs 4800, then a type-7 logon with 4801, then the end of that type-7 session. */
  lockUnlock(person: Person, lockAt: string, unlockAt: string, unlockSessionEnd: string): this {
    this.add(person, 4800, lockAt);
    this.add(person, 4624, unlockAt, { logonType: 7 });
    this.add(person, 4801, unlockAt);
    return this.add(person, 4634, unlockSessionEnd, { logonType: 7 });
  }

  /** Sign-out: the user's 4647, then the ends of both linked sessions and of the window manager's. */
  signOut(person: Person, at: string, sessionsEnd: string, logonType = 2): this {
    this.add(person, 4647, at);
    this.add(person, 4634, sessionsEnd, { logonType });
    this.add(person, 4634, sessionsEnd, { logonType });
    return this.add(
      { ...person, account: 'DWM-1', domain: 'Window Manager', sid: 'S-1-5-90-0-1' },
      4634,
      sessionsEnd,
      {
        logonType: 2,
      },
    );
  }

  /** The computer account renewing its domain session: a network logon by `PC01$`. */
  machineLogon(person: Person, at: string): this {
    return this.add({ ...person, account: `${person.machine}$`, sid: 'S-1-5-18' }, 4624, at, {
      logonType: 3,
    });
  }
}

/** Two working days of yamada (English Windows PC) and suzuki (Remote Desktop to a server). */
export function englishOffice(): LogBuilder {
  return new LogBuilder()
    .boot(yamada, '2024-02-07 08:58:41')
    .signIn(yamada, '2024-02-07 09:03:12')
    .networkTouch(yamada, '2024-02-07 09:03:15', '2024-02-07 09:03:16')
    .signIn(suzuki, '2024-02-07 10:15:48', 10)
    .lockUnlock(yamada, '2024-02-07 12:01:05', '2024-02-07 12:58:30', '2024-02-07 12:58:31')
    .machineLogon(yamada, '2024-02-07 15:10:00')
    .signOut(yamada, '2024-02-07 18:22:04', '2024-02-07 18:22:06')
    .signOut(suzuki, '2024-02-07 19:40:10', '2024-02-07 19:40:11', 10)
    .boot(yamada, '2024-02-08 08:47:02')
    .signIn(yamada, '2024-02-08 08:50:00')
    .lockUnlock(yamada, '2024-02-08 11:30:00', '2024-02-08 11:32:10', '2024-02-08 11:32:11')
    .signIn(suzuki, '2024-02-08 09:30:05', 10)
    .signOut(yamada, '2024-02-08 17:45:30', '2024-02-08 17:45:33')
    .signOut(suzuki, '2024-02-08 18:05:00', '2024-02-08 18:05:01', 10);
}

/** A day on Japanese Windows: a local account with a Japanese name, a domain user, and an unlinked trainee. */
export function japaneseOffice(): LogBuilder {
  return new LogBuilder()
    .boot(sato, '2024-02-07 08:40:00')
    .signIn(sato, '2024-02-07 08:45:30')
    .signIn(yamada, '2024-02-07 09:03:12')
    .signIn(guest, '2024-02-07 09:10:00')
    .networkTouch(sato, '2024-02-07 10:00:00', '2024-02-07 10:00:01')
    .lockUnlock(sato, '2024-02-07 12:00:00', '2024-02-07 13:00:00', '2024-02-07 13:00:02')
    .signOut(guest, '2024-02-07 16:00:00', '2024-02-07 16:00:01')
    .signOut(sato, '2024-02-07 17:30:15', '2024-02-07 17:30:16')
    .signOut(yamada, '2024-02-07 18:22:04', '2024-02-07 18:22:06');
}
