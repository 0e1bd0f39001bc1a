import type { Metadata } from "next";
import { BlockedPeople } from "@/components/settings/blocked-people";
import { DeleteAccount } from "@/components/settings/delete-account";
import { MessagePolicyForm } from "@/components/settings/message-policy-form";
import { AvatarEditor } from "@/components/settings/avatar-editor";
import { EmailSettings } from "@/components/settings/email-settings";
import { PasskeySettings } from "@/components/settings/passkey-settings";
import { PasswordForm } from "@/components/settings/password-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { NotificationPreferencesForm } from "@/components/settings/notification-preferences-form";
import { PushSettings } from "@/components/settings/push-settings";
import { SettingsSection } from "@/components/settings/settings-section";
import { TwoFactorSettings } from "@/components/settings/two-factor-settings";
import { pendingEmailChange } from "@/lib/accounts/change-email";
import { ADMIN_CANNOT_DELETE, planServerHandover } from "@/lib/accounts/delete-account";
import { listPasskeys } from "@/lib/accounts/passkeys";
import { twoFactorStatus } from "@/lib/accounts/two-factor";
import { requireUser } from "@/lib/auth/session";
import { listBlocked } from "@/lib/blocks/blocks";
import { getNotificationPreferences } from "@/lib/notifications/preferences";
import { getMessagePolicy } from "@/lib/requests/policy";
import { pushConfig } from "@/lib/push/subscriptions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const [pendingEmail, handover, twoFactor, blocked, passkeys, notificationPreferences, messagePolicy] = await Promise.all([
    pendingEmailChange(user),
    planServerHandover(user.id),
    twoFactorStatus(user.id),
    listBlocked(user.id),
    listPasskeys(user.id),
    getNotificationPreferences(user.id),
    getMessagePolicy(user.id),
  ]);
  return (
    <main className="flex-1 overflow-y-auto">
      <div className="mx-auto max-w-2xl space-y-6 px-4 py-6 sm:px-6">
        <h1 className="text-2xl font-semibold">Settings</h1>
        <SettingsSection id="profile" title="Profile" description="How other people see you.">
          <div className="space-y-6">
            <AvatarEditor fullName={user.fullName} image={user.image} />
            <ProfileForm fullName={user.fullName} username={user.username} />
          </div>
        </SettingsSection>
        <SettingsSection id="email" title="Email address" description="Where we send password resets and notices, and what you sign in with. A new address must be confirmed.">
          <EmailSettings email={user.email} verified={Boolean(user.emailVerifiedAt)} pendingEmail={pendingEmail} />
        </SettingsSection>
        <SettingsSection id="password" title="Password" description="Changing it signs out your other devices.">
          <PasswordForm email={user.email} />
        </SettingsSection>
        <SettingsSection id="passkeys" title="Passkeys" description="Sign in with your device instead of a password. Add one per device you use.">
          <PasskeySettings
            passkeys={passkeys.map((p) => ({ id: p.id, name: p.name, createdAt: p.createdAt.toISOString(), lastUsedAt: p.lastUsedAt?.toISOString() ?? null }))}
          />
        </SettingsSection>
        <SettingsSection id="two-factor" title="Two-factor authentication" description="A code from your phone at every sign-in, so a stolen password is not enough.">
          <TwoFactorSettings status={twoFactor.enabled ? { ...twoFactor, enabledAt: twoFactor.enabledAt.toISOString() } : twoFactor} />
        </SettingsSection>
        <SettingsSection id="notifications" title="Notifications" description="What reaches you when you're away. Each channel's and thread's bell sets what counts there.">
          <div className="space-y-6">
            <PushSettings publicKey={pushConfig().publicKey} />
            <NotificationPreferencesForm initial={notificationPreferences} />
          </div>
        </SettingsSection>
        <SettingsSection id="who-can-message" title="Who can message me" description="Who can start a conversation with you or add you to a group.">
          <MessagePolicyForm initial={messagePolicy} />
        </SettingsSection>
        <SettingsSection id="blocked" title="Blocked people" description="They can't start a thread with you, add you to one or post in your direct thread. They aren't told.">
          <BlockedPeople people={blocked} />
        </SettingsSection>
        <SettingsSection id="delete" title="Delete account" danger description="Permanently remove your account.">
          <DeleteAccount
            ownedServers={handover.map((s) => ({ name: s.name, successor: s.successor?.username ?? null }))}
            refusal={user.role === "ADMIN" ? ADMIN_CANNOT_DELETE : undefined}
          />
        </SettingsSection>
      </div>
    </main>
  );
}
