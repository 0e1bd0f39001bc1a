import Link from "next/link";
import { Hash, MessageCircle, Radio, ShieldCheck, Users, Zap } from "lucide-react";
import { SiteHeader } from "@/components/layout/site-header";
import { Button } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";

const features = [
  { icon: Hash, title: "Communities & channels", text: "Servers grouped by category, with channels for every topic." },
  { icon: MessageCircle, title: "Direct threads", text: "One-to-one and small group conversations, always in order." },
  { icon: Zap, title: "Instant", text: "Messages, typing and receipts arrive live — and nothing is lost offline." },
  { icon: Radio, title: "Presence", text: "See who is here now and when people were last around." },
  { icon: Users, title: "Find your people", text: "Browse and search public rooms by name, topic and category." },
  { icon: ShieldCheck, title: "Private by default", text: "Private servers stay invisible to outsiders; every action is checked." },
];

export default async function LandingPage() {
  const user = await getCurrentUser();
  return (
    <div className="min-h-dvh">
      <SiteHeader signedIn={user !== null} />
      <main>
        <section className="mx-auto max-w-3xl px-4 pb-16 pt-16 text-center sm:pt-24">
          <h1 className="text-4xl font-bold tracking-tight sm:text-6xl">
            Conversations that <span className="text-accent">keep up</span> with you
          </h1>
          <p className="mx-auto mt-5 max-w-xl text-lg text-muted">
            Chatsphere brings your communities, channels and direct messages together — live, in order, and never lost.
          </p>
          <div className="mt-8 flex flex-wrap justify-center gap-3">
            <Button asChild size="lg">
              <Link href={user ? "/home" : "/signup"}>{user ? "Go to your home" : "Create a free account"}</Link>
            </Button>
            <Button asChild size="lg" variant="secondary">
              <Link href="/explore">Explore public rooms</Link>
            </Button>
          </div>
        </section>
        <section aria-label="Features" className="mx-auto grid max-w-6xl gap-4 px-4 pb-24 sm:grid-cols-2 lg:grid-cols-3">
          {features.map(({ icon: Icon, title, text }) => (
            <div key={title} className="rounded-xl border border-border bg-surface p-5">
              <Icon className="size-5 text-accent" aria-hidden />
              <h2 className="mt-3 font-semibold">{title}</h2>
              <p className="mt-1 text-sm text-muted">{text}</p>
            </div>
          ))}
        </section>
      </main>
      <footer className="border-t border-border py-6 text-center text-sm text-muted">Chatsphere — real-time chat for communities.</footer>
    </div>
  );
}
