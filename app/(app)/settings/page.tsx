import type { Metadata } from "next";
import { DeleteAccount } from "@/components/settings/delete-account";
import { AvatarEditor } from "@/components/settings/avatar-editor";
import { EmailSettings } from "@/components/settings/email-settings";
import { PasswordForm } from "@/components/settings/password-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { SettingsSection } from "@/components/settings/settings-section";
import { pendingEmailChange } from "@/lib/accounts/change-email";
import { ADMIN_CANNOT_DELETE, planServerHandover } from "@/lib/accounts/delete-account";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const [pendingEmail, handover] = await Promise.all([pendingEmailChange(user), planServerHandover(user.id)]);
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
