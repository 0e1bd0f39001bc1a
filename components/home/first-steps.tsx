import Link from "next/link";
import { Compass, MessageSquarePlus, Plus } from "lucide-react";
import { CreateServerDialog } from "@/components/servers/create-server-dialog";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** What a brand-new user sees first: three ways in. */
export function FirstSteps({ categories, canCreate }: { categories: { id: string; name: string }[]; canCreate: boolean }) {
  return (
    <Card className="bg-accent-soft/60 p-5 sm:p-6">
      <h2 className="text-lg font-semibold">Let&apos;s get you talking</h2>
      <p className="mt-1 text-sm text-muted">Chatsphere is organised in servers (communities) with channels for each topic, plus direct messages.</p>
      <div className="mt-4 grid gap-3 sm:grid-cols-3">
        <Step icon={Compass} title="Join a community" text="Browse public servers below or in Explore.">
          <Button asChild size="sm" variant="secondary">
            <Link href="/explore">Explore servers</Link>
          </Button>
        </Step>
        <Step icon={MessageSquarePlus} title="Message someone" text="Start a direct conversation with anyone.">
          <Button asChild size="sm" variant="secondary">
            <Link href="/t/new">New message</Link>
          </Button>
        </Step>
        <Step icon={Plus} title="Start your own" text="Create a server for your team, class or hobby.">
          <CreateServerDialog
            categories={categories}
            canCreate={canCreate}
            trigger={
              <Button size="sm" variant="secondary">
                Create a server
              </Button>
            }
          />
        </Step>
      </div>
    </Card>
  );
}

function Step({ icon: Icon, title, text, children }: { icon: typeof Compass; title: string; text: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col items-start gap-2 rounded-lg bg-surface p-4">
      <Icon className="size-5 text-accent" aria-hidden />
      <p className="font-medium">{title}</p>
      <p className="flex-1 text-sm text-muted">{text}</p>
      {children}
    </div>
  );
}
