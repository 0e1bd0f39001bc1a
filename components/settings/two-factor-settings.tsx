"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import { confirmTwoFactorAction } from "@/lib/actions/account/confirm-two-factor";
import { disableTwoFactorAction } from "@/lib/actions/account/disable-two-factor";
import { regenerateRecoveryCodesAction } from "@/lib/actions/account/regenerate-recovery-codes";
import { startTwoFactorSetupAction } from "@/lib/actions/account/start-two-factor-setup";
import type { ErrorBody } from "@/lib/errors";
import { confirmTwoFactorSchema, twoFactorPasswordSchema } from "@/lib/zod/two-factor";

type Status = { enabled: false } | { enabled: true; enabledAt: string; recoveryCodesLeft: number };
type Setup = { secret: string; qrSvg: string };

/** Settings → Two-factor authentication: set up with a QR code, recovery codes, turn off. */
export function TwoFactorSettings({ status }: { status: Status }) {
  const router = useRouter();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [startError, setStartError] = useState<ErrorBody>();
  const [starting, startTransition] = useTransition();

  if (codes) {
    return (
      <RecoveryCodes
        codes={codes}
        onDone={() => {
          setCodes(null);
          setSetup(null);
          router.refresh();
        }}
      />
    );
  }
  if (setup) return <SetupForm setup={setup} onConfirmed={setCodes} onCancel={() => setSetup(null)} />;
  if (status.enabled) return <EnabledControls status={status} onNewCodes={setCodes} />;

  function start() {
    startTransition(async () => {
      const result = await startTwoFactorSetupAction({});
      if (result.ok) setSetup(result.data);
      else setStartError(result.error);
    });
  }
  return (
    <div className="space-y-4">
      <FormMessage error={startError} />
      <p className="text-sm">Off. With two-factor authentication on, signing in also asks for a code from an authenticator app on your phone.</p>
      <Button type="button" onClick={start} pending={starting}>
        Set up two-factor authentication
      </Button>
    </div>
  );
}

function SetupForm({ setup, onConfirmed, onCancel }: { setup: Setup; onConfirmed: (codes: string[]) => void; onCancel: () => void }) {
  const form = useActionForm(confirmTwoFactorAction, confirmTwoFactorSchema, { onSuccess: (data) => onConfirmed(data.recoveryCodes) });
  const groupedKey = setup.secret.match(/.{1,4}/g)?.join(" ") ?? setup.secret;
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        <li>Scan this QR code with an authenticator app (1Password, Google Authenticator, Authy, …).</li>
        <li>Enter the 6-digit code it shows to confirm.</li>
      </ol>
      <div className="flex flex-col items-center gap-4 sm:flex-row sm:items-start">
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG made on the server for this one setup */}
        <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`} alt="QR code of your two-factor secret" width={176} height={176} className="rounded-lg bg-white p-2" />
        <div className="min-w-0 space-y-1 text-sm">
          <p className="text-muted">Can&apos;t scan it? Enter this key in the app:</p>
          <code data-testid="totp-secret" className="block rounded bg-surface-muted px-2 py-1 font-mono break-all select-all">
            {groupedKey}
          </code>
        </div>
      </div>
      <Field label="Code from the app" error={form.error("code")}>
        {(control) => <Input {...control} {...form.field("code")} inputMode="numeric" autoComplete="one-time-code" maxLength={7} className="max-w-40" required />}
      </Field>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" pending={form.pending}>
          Turn on
        </Button>
      </div>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  async function copy() {
    await navigator.clipboard.writeText(codes.join("\n"));
    toast.success("Recovery codes copied.");
  }
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <strong>Save these recovery codes now</strong>: they are shown only this once. Each one signs you in once if you lose your phone.
      </p>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 rounded-lg bg-surface-muted p-3 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={copy}>
          Copy
        </Button>
        <Button type="button" onClick={onDone}>
          I&apos;ve saved them
        </Button>
      </div>
    </div>
  );
}

function EnabledControls({ status, onNewCodes }: { status: Extract<Status, { enabled: true }>; onNewCodes: (codes: string[]) => void }) {
  const [mode, setMode] = useState<"regenerate" | "disable" | null>(null);
  const since = new Date(status.enabledAt).toLocaleDateString(undefined, { dateStyle: "medium" });
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <span className="font-medium text-success">On</span> since {since}. {status.recoveryCodesLeft} of 10 recovery codes left.
      </p>
      {mode ? (
        <PasswordConfirm key={mode} mode={mode} onNewCodes={onNewCodes} onCancel={() => setMode(null)} />
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => setMode("regenerate")}>
            New recovery codes
          </Button>
          <Button type="button" variant="secondary" onClick={() => setMode("disable")}>
            Turn off
          </Button>
        </div>
      )}
    </div>
  );
}

function PasswordConfirm({ mode, onNewCodes, onCancel }: { mode: "regenerate" | "disable"; onNewCodes: (codes: string[]) => void; onCancel: () => void }) {
  const regenerate = useActionForm(regenerateRecoveryCodesAction, twoFactorPasswordSchema, { onSuccess: (data) => onNewCodes(data.recoveryCodes) });
  const disable = useActionForm(disableTwoFactorAction, twoFactorPasswordSchema, { onSuccess: () => toast.success("Two-factor authentication is off.") });
  const form = mode === "regenerate" ? regenerate : disable;
  return (
    <form {...form.props} className="space-y-4">
      <FormMessage error={form.formError} />
      <p className="text-sm text-muted">
        {mode === "regenerate" ? "New codes replace all the old ones." : "Sign-in will ask for your password only, and remembered devices are forgotten."}
      </p>
      <Field label="Current password" error={form.error("currentPassword")}>
        {(control) => <Input {...control} name="currentPassword" type="password" autoComplete="current-password" className="max-w-xs" autoFocus required />}
      </Field>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant={mode === "disable" ? "danger" : "primary"} pending={form.pending}>
          {mode === "regenerate" ? "Make new codes" : "Turn off two-factor"}
        </Button>
      </div>
    </form>
  );
}
