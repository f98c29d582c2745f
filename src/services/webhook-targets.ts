import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where webhooks may be sent (server-side request forgery). Unless private targets are allowed, a
 * target is https and every address its host resolves to is global unicast: loopback, private
 * (RFC 1918), carrier-grade NAT, link-local (cloud metadata at 169.254.169.254), unique-local and
 * site-local IPv6, multicast, reserved and unspecified addresses are refused, IPv4-mapped IPv6
 * addresses by the IPv4 address they carry. The host is checked when subscribing and again at every
 * send against the address actually connected to (webhook-delivery.ts), so a name that resolves
 * elsewhere later (DNS rebinding) is refused then.
 */

export interface TargetPolicy {
  allowPrivate: boolean;
}

export class TargetRefused extends Error {
  override name = 'TargetRefused';
}

/** Why an address may not be a target, or null when it may. */
export function refusedAddress(address: string): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  return range === 'unicast' ? null : `${address} is a ${range} address`;
}

/** The URL as stored (normalised by WHATWG URL), or the reason it cannot be a target. */
export function parseTarget(text: string, policy: TargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TargetRefused('must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && !(policy.allowPrivate && url.protocol === 'http:')) {
    throw new TargetRefused(
      policy.allowPrivate
        ? 'must be an http or https URL'
        : 'must be an https URL (http only with WEBHOOK_ALLOW_PRIVATE_TARGETS)',
    );
  }
  if (url.username || url.password) throw new TargetRefused('must not carry credentials');
  if (url.hash) throw new TargetRefused('must not have a fragment');
  return url;
}

/** The host of a URL as a resolver takes it: IPv6 literals without their brackets. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** Checks resolved addresses; throws naming the first refused one. */
export function checkAddresses(host: string, addresses: readonly string[], policy: TargetPolicy): void {
  if (policy.allowPrivate) return;
  if (addresses.length === 0) throw new TargetRefused(`${host} does not resolve to any address`);
  for (const address of addresses) {
    const reason = refusedAddress(address);
    if (reason) throw new TargetRefused(`resolves to a private or reserved address (${reason})`);
  }
}

/** Resolves the URL's host and checks every address it resolves to. */
export async function checkTarget(url: URL, policy: TargetPolicy): Promise<void> {
  const host = hostOf(url);
  if (isIP(host)) return checkAddresses(host, [host], policy);
  let addresses: LookupAddress[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    throw new TargetRefused(`host ${host} cannot be resolved`);
  }
  checkAddresses(
    host,
    addresses.map(({ address }) => address),
    policy,
  );
}
