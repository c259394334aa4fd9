import { SignJWT, type JWTPayload } from "jose";
import { TEST_JWT_SECRET } from "./neo4j.js";

const key = new TextEncoder().encode(TEST_JWT_SECRET);

/** A signed HS256 token with the given claims (editor by default), valid for an hour. */
export async function signToken(
  claims: JWTPayload = { roles: ["editor"] },
  options: { secret?: string; expiresIn?: string | number } = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "1h")
    .sign(options.secret ? new TextEncoder().encode(options.secret) : key);
}

/** The "alg": "none" trick: an unsigned token claiming the editor role. */
export function unsignedToken(claims: JWTPayload = { roles: ["editor"] }): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "none", typ: "JWT" })}.${encode(claims)}.`;
}
