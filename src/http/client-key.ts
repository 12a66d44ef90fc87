/** The key of a request that carries no client address (tests, a Worker called directly): all such share it. */
export const NO_CLIENT_ADDRESS = "no-client-address";

/**
 * Who a per-client limit counts a request against: the address Cloudflare puts in `CF-Connecting-IP`
 * (it overwrites any value the client sent; `wrangler dev` sets it to the client's address unless the
 * request already has one). An IPv6 address counts as its /64, the block one customer usually holds, so
 * rotating through a block gains nothing.
 * https://developers.cloudflare.com/fundamentals/reference/http-headers/#cf-connecting-ip
 */
export function clientKey(headers: Headers): string {
  const address = headers.get("cf-connecting-ip")?.trim().toLowerCase().slice(0, 64) ?? "";
  if (address === "") return NO_CLIENT_ADDRESS;
  return address.includes(":") ? ipv6Network(address) : address;
}

/** An IPv6 address as its /64 network ("2001:db8:1:2::/64"); an IPv4-mapped one as the IPv4 address. */
function ipv6Network(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  const [head = "", tail] = address.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const zeros =
    tail === undefined ? [] : Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0");
  const groups = [...left, ...zeros, ...right].slice(0, 4);
  return `${groups.map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
