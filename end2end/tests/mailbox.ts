// The mail the portal sent during the browser tests: scripts/test.sh runs a real SMTP server
// (aiosmtpd) that writes every mail it receives into the maildir MAIL_DIR, and points the
// portal at it (SMTP_URL). The portal's sender job empties the outbox every 15 seconds.
import { expect } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The maildir of the test run, or undefined when the portal under test sends no mail. */
export const MAIL_DIR = process.env.MAIL_DIR;

async function mailsIn(dir: string): Promise<ParsedMail[]> {
  const files = ['new', 'cur'].flatMap((sub) => {
    const folder = path.join(dir, sub);
    return fs.existsSync(folder) ? fs.readdirSync(folder).map((f) => path.join(folder, f)) : [];
  });
  return Promise.all(files.map((f) => simpleParser(fs.readFileSync(f))));
}

function sentTo(mail: ParsedMail, address: string): boolean {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.some((t) => t.value.some((v) => v.address?.toLowerCase() === address.toLowerCase()));
}

/** Waits (up to 60 s: the sender runs every 15 s) until `count` mails to `address` arrived. */
export async function mailsTo(address: string, count = 1): Promise<ParsedMail[]> {
  expect(MAIL_DIR, 'MAIL_DIR is set by scripts/test.sh').toBeTruthy();
  let found: ParsedMail[] = [];
  await expect
    .poll(async () => {
      found = (await mailsIn(MAIL_DIR!)).filter((m) => sentTo(m, address));
      return found.length;
    }, { timeout: 60_000, intervals: [1_000] })
    .toBeGreaterThanOrEqual(count);
  return found;
}

/** The first address in the mail's text that starts with the portal's address and `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
  const escaped = (base + prefix).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = (mail.text ?? '').match(new RegExp(`${escaped}\\S*`));
  expect(found, `a link to ${base}${prefix} in the text part`).not.toBeNull();
  return found![0];
}
