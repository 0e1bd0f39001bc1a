import "server-only";
import { endpoint } from "@/lib/api/endpoint";
import { issueTokenPair, revokeRefreshToken, rotateRefreshToken } from "@/lib/api/refresh-tokens";
import { checkCredentials, credentialsRefusal } from "@/lib/auth/credentials";
import { requireApiSecondFactor } from "@/lib/auth/second-step";
import { clientIp } from "@/lib/http";
import { refreshTokenSchema, tokenPairSchema, tokenRequestSchema } from "@/lib/zod/api";

const tag = "Authentication";

export const createToken = endpoint(
  {
    id: "createToken",
    method: "POST",
    path: "/auth/token",
    tag,
    summary: "Sign in: trade email and password for an access and a refresh token",
    description:
      "The access token (a JWT) is valid for 30 minutes; send it as `Authorization: Bearer <access>`. The refresh token is valid for a day and can be used once, at `/auth/refresh`. Failed attempts are limited per account and per network, as on the sign-in page. When the account has two-factor authentication on, a request without `twoFactorCode` (or `recoveryCode`) answers 401 with `fields.twoFactorCode` saying a code is needed: send the same request again with it. Each code works once.",
    auth: "none",
    body: tokenRequestSchema,
    response: tokenPairSchema,
    status: 201,
    errors: ["unauthorized", "forbidden", "rate_limited"],
  },
  async ({ body, request }) => {
    const user = await checkCredentials(body, clientIp(request.headers)).catch((error) => {
      throw credentialsRefusal(error) ?? error;
    });
    await requireApiSecondFactor(user.id, body);
    return issueTokenPair(user.id);
  },
);

export const refreshToken = endpoint(
  {
    id: "refreshToken",
    method: "POST",
    path: "/auth/refresh",
    tag,
    summary: "Trade a refresh token for a new pair",
    description:
      "Refresh tokens are single use: the one you send stops working and the answer holds its successor. Sending a refresh token that was already used revokes every token issued from the same sign-in (someone may have copied it), so store the new one before using it, and refresh from one place at a time.",
    auth: "none",
    body: refreshTokenSchema,
    response: tokenPairSchema,
    errors: ["unauthorized", "forbidden"],
  },
  ({ body }) => rotateRefreshToken(body.refresh),
);

export const revokeToken = endpoint(
  {
    id: "revokeToken",
    method: "POST",
    path: "/auth/revoke",
    tag,
    summary: "Sign out: revoke a refresh token and every token issued with it",
    description:
      "The refresh token and the access tokens of the same sign-in stop working at once. Unknown or already revoked tokens are accepted silently, so signing out can always be retried.",
    auth: "none",
    body: refreshTokenSchema,
  },
  ({ body }) => revokeRefreshToken(body.refresh),
);
