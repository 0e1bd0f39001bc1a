import type { Metadata } from "next";
import Link from "next/link";
import { LinkIcon, Lock, Users } from "lucide-react";
import { AcceptInviteButton } from "@/components/servers/accept-invite-button";
import { ServerIcon } from "@/components/servers/server-icon";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/session";
import { getInvitePreview } from "@/lib/invites/queries";
import { inviteCode } from "@/lib/zod/invites";
import { verifyFirst } from "@/lib/access/verified";

export const metadata: Metadata = { title: "Invite" };

/** Where an invite link lands: what it leads to and a Join button, or why it no longer works. */
export default async function InvitePage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const code = inviteCode.safeParse((await params).code);
  const preview = code.success ? await getInvitePreview(user.id, code.data) : null;

  return (
    <main className="flex min-h-0 flex-1 items-center justify-center overflow-y-auto p-4">
      {!preview ? (
        <EmptyState
          icon={LinkIcon}
          title="This invite link is invalid or has expired"
          description="Invite links can expire, run out of uses or be revoked. Ask whoever sent it for a new one."
          action={
            <Button asChild variant="secondary">
              <Link href="/explore">Explore public servers</Link>
            </Button>
          }
          className="w-full max-w-md bg-surface"
        />
      ) : (
        <Card className="w-full max-w-md p-6 text-center">
          <p className="text-sm text-muted">You&apos;ve been invited to join</p>
          <ServerIcon name={preview.server.name} icon={preview.server.icon} className="mx-auto mt-4 size-16 text-xl" />
          <h1 className="mt-3 text-xl font-semibold">{preview.server.name}</h1>
          {preview.server.description && <p className="mt-1 text-sm text-muted">{preview.server.description}</p>}
          <p className="mt-3 flex items-center justify-center gap-3 text-xs text-muted">
            <span className="inline-flex items-center gap-1">
              <Users className="size-3.5" aria-hidden /> {preview.server.memberCount.toLocaleString("en")} {preview.server.memberCount === 1 ? "member" : "members"}
            </span>
            {preview.server.visibility === "PRIVATE" && (
              <span className="inline-flex items-center gap-1">
                <Lock className="size-3.5" aria-hidden /> Private
              </span>
            )}
          </p>
          <div className="mt-6">
            {preview.alreadyMember ? (
              <Button asChild className="w-full">
                <Link href={`/s/${preview.server.slug}`}>You&apos;re a member: open {preview.server.name}</Link>
              </Button>
            ) : user.emailVerifiedAt ? (
              <AcceptInviteButton code={code.data!} />
            ) : (
              <Banner tone="warning" className="rounded-lg text-left">
                {verifyFirst("join")}
              </Banner>
            )}
          </div>
        </Card>
      )}
    </main>
  );
}
