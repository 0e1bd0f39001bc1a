"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { Plus } from "lucide-react";
import { Banner } from "@/components/ui/banner";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { Tooltip } from "@/components/ui/tooltip";

const loadForm = () => import("@/components/servers/create-server-form");
const CreateServerForm = dynamic(() => loadForm().then((m) => m.CreateServerForm), { ssr: false, loading: () => <Skeleton className="h-[26rem]" /> });
const preloadForm = () => void loadForm().catch(() => {});

type Category = { id: string; name: string };

/** The rail's "+" button and its dialog; a custom trigger can replace the button (home page). */
export function CreateServerDialog({ categories, canCreate, trigger }: { categories: Category[]; canCreate: boolean; trigger?: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const intent = canCreate ? { onPointerEnter: preloadForm, onFocus: preloadForm } : {};
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {trigger ? (
        <DialogTrigger asChild {...intent}>
          {trigger}
        </DialogTrigger>
      ) : (
        <Tooltip content="Create a server" side="right">
          <DialogTrigger
            className="flex size-11 items-center justify-center rounded-2xl bg-surface-muted text-success transition-colors hover:bg-success hover:text-white"
            aria-label="Create a server"
            {...intent}
          >
            <Plus className="size-5" aria-hidden />
          </DialogTrigger>
        </Tooltip>
      )}
      <DialogContent title="Create a server" description="A home for your community. You can change all of this later." className="max-w-lg">
        {canCreate ? (
          <CreateServerForm categories={categories} onCreated={() => setOpen(false)} />
        ) : (
          <Banner tone="warning">Verify your email address to create servers: check your inbox for the link.</Banner>
        )}
      </DialogContent>
    </Dialog>
  );
}
