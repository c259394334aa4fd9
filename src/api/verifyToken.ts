import { errors, jwtVerify, type JWTPayload } from "jose";
import { ErrorCode, GovgraphError } from "../errors.js";

/** The claims govgraph trusts once a token's signature and dates check out. */
export interface Claims extends JWTPayload {
  readonly roles?: readonly string[];
}

/**
 * Verifies an `Authorization: Bearer …` header: HS256 only (so "alg": "none" and
 * algorithm-confusion tokens are refused), signature, expiry and not-before.
 * No header means an anonymous reader; a header that fails any check is refused.
 */
export async function verifyToken(
  header: string | undefined,
  secret: Uint8Array | undefined,
): Promise<Claims | undefined> {
  if (header === undefined || header.trim() === "") return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(header.trim());
  if (!match?.[1]) {
    throw new GovgraphError(
      ErrorCode.UNAUTHENTICATED,
      "Authorization header must be 'Bearer <JWT>', got a malformed value",
    );
  }
  if (!secret) {
    throw new GovgraphError(
      ErrorCode.UNAUTHENTICATED,
      "this server accepts no tokens: GOVGRAPH_JWT_SECRET is not set",
    );
  }
  try {
    const { payload } = await jwtVerify(match[1], secret, { algorithms: ["HS256"] });
    const roles = payload.roles;
    if (
      roles !== undefined &&
      !(Array.isArray(roles) && roles.every((r) => typeof r === "string"))
    ) {
      throw new GovgraphError(
        ErrorCode.UNAUTHENTICATED,
        "token claim 'roles' must be a list of strings",
      );
    }
    return payload as Claims;
  } catch (error) {
    if (error instanceof GovgraphError) throw error;
    throw new GovgraphError(
      ErrorCode.UNAUTHENTICATED,
      `token refused: ${describeJoseError(error)}`,
    );
  }
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "it has expired";
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return "its signature does not verify";
  if (error instanceof errors.JOSEAlgNotAllowed) return "only HS256 is accepted";
  if (error instanceof errors.JWTClaimValidationFailed) return `claim '${error.claim}' is invalid`;
  return "it is not a valid JWT";
}

export function hasRole(claims: Claims | undefined, role: string): boolean {
  return claims?.roles?.includes(role) ?? false;
}
