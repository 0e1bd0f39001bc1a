import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";

// A software WebAuthn authenticator for integration tests (browser tests use Chromium's virtual
// one): ES256 keys, "none" attestation, discoverable credentials, a signature counter the test
// can turn back to play a cloned authenticator.

type Options = { challenge: string; user?: { id: string } };
type Credential = { id: string; privateKey: KeyObject; userHandle: string; counter: number };

const b64url = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64url");
const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

export function softAuthenticator({ origin, rpID }: { origin: string; rpID: string }) {
  const credentials: Credential[] = [];
  const clientData = (type: string, challenge: string) => Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));

  function register(options: Options) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const jwk = publicKey.export({ format: "jwk" });
    const cose = isoCBOR.encode(new Map<number, number | Uint8Array>([[1, 2], [3, -7], [-1, 1], [-2, Buffer.from(jwk.x!, "base64url")], [-3, Buffer.from(jwk.y!, "base64url")]]));
    const id = randomBytes(16);
    const length = Buffer.alloc(2);
    length.writeUInt16BE(id.length);
    const authData = Buffer.concat([sha256(rpID), Buffer.from([0x45]), Buffer.alloc(4), Buffer.alloc(16), length, id, Buffer.from(cose)]); // UP, UV, AT
    const attestationObject = isoCBOR.encode(new Map<string, unknown>([["fmt", "none"], ["attStmt", new Map()], ["authData", new Uint8Array(authData)]]) as never);
    credentials.push({ id: b64url(id), privateKey, userHandle: options.user!.id, counter: 0 });
    return {
      id: b64url(id),
      rawId: b64url(id),
      type: "public-key" as const,
      clientExtensionResults: {},
      response: { clientDataJSON: b64url(clientData("webauthn.create", options.challenge)), attestationObject: b64url(attestationObject), transports: ["internal"] },
    };
  }

  /** An assertion by the newest credential (or `credentialId`); `counter` overrides the next counter value. */
  function assert(options: Options, { credentialId, counter }: { credentialId?: string; counter?: number } = {}) {
    const credential = credentialId ? credentials.find((c) => c.id === credentialId)! : credentials.at(-1)!;
    credential.counter = counter ?? credential.counter + 1;
    const counterBytes = Buffer.alloc(4);
    counterBytes.writeUInt32BE(credential.counter);
    const authData = Buffer.concat([sha256(rpID), Buffer.from([0x05]), counterBytes]); // UP, UV
    const client = clientData("webauthn.get", options.challenge);
    const signature = sign("sha256", Buffer.concat([authData, sha256(client)]), credential.privateKey);
    return {
      id: credential.id,
      rawId: credential.id,
      type: "public-key" as const,
      clientExtensionResults: {},
      response: { clientDataJSON: b64url(client), authenticatorData: b64url(authData), signature: b64url(signature), userHandle: credential.userHandle },
    };
  }

  return { register, assert, credentials };
}
