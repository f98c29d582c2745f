import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Webhook signing secrets: made, sealed for storage, opened, and used to sign as Standard Webhooks
 * describes (https://www.standardwebhooks.com/): `whsec_` + base64 of random bytes, and a
 * `webhook-signature` of `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` per valid secret,
 * space-separated.
 *
 * At rest a secret is AES-256-GCM encrypted under a key derived from WEBHOOK_SECRET_KEY, so a
 * database dump alone does not reveal it. HMAC needs the secret itself (a hash would not do, as it
 * does for API keys), so without WEBHOOK_SECRET_KEY it is stored in clear: the README says so.
 */

const PREFIX = 'whsec_';
const SEALED = 'aes256gcm:';
const CLEAR = 'clear:';

export function newSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`;
}

export class SecretBox {
  private readonly key: Buffer | undefined;

  constructor(passphrase: string | undefined) {
    // The key is meant to be random (openssl rand): HKDF spreads it to exactly 256 bits.
    this.key = passphrase
      ? Buffer.from(hkdfSync('sha256', passphrase, 'him-program-finder', 'webhook signing secrets', 32))
      : undefined;
  }

  seal(secret: string): string {
    if (!this.key) return `${CLEAR}${secret}`;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${SEALED}${iv.toString('base64')}.${sealed.toString('base64')}`;
  }

  /** The secret as made; throws when it was sealed under another key or none is configured. */
  open(stored: string): string {
    if (stored.startsWith(CLEAR)) return stored.slice(CLEAR.length);
    if (!stored.startsWith(SEALED)) throw new Error('the stored webhook secret is in an unknown format');
    if (!this.key) throw new Error('the webhook secret is encrypted and WEBHOOK_SECRET_KEY is not set');
    const [iv = '', body = ''] = stored.slice(SEALED.length).split('.');
    const sealed = Buffer.from(body, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new Error('the webhook secret cannot be decrypted with WEBHOOK_SECRET_KEY (was the key changed?)');
    }
  }
}

/** The `webhook-signature` header: one `v1,` signature per secret, space-separated. */
export function signature(secrets: readonly string[], id: string, timestamp: number, body: string): string {
  return secrets
    .map((secret) => {
      const key = Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
      return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
    })
    .join(' ');
}
