"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { Banner } from "@/components/ui/banner";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { lazyComponent, useLoaded } from "@/components/ui/lazy-component";
import { Tooltip } from "@/components/ui/tooltip";
import { verifyFirst } from "@/lib/access/verified";

const CreateServerForm = lazyComponent(() => import("@/components/servers/create-server-form").then((m) => m.CreateServerForm));

type Category = { id: string; name: string };

/** The rail's "+" button and its dialog; a custom trigger can replace the button (home page). */
export function CreateServerDialog({ categories, canCreate, trigger }: { categories: Category[]; canCreate: boolean; trigger?: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const formLoaded = useLoaded(CreateServerForm, open && canCreate, () => setOpen(false));
  const intent = canCreate ? { onPointerEnter: CreateServerForm.preload, onFocus: CreateServerForm.preload } : {};
  return (
    <Dialog open={open && (formLoaded || !canCreate)} onOpenChange={setOpen}>
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
          <Banner tone="warning">{verifyFirst("create servers")}</Banner>
        )}
      </DialogContent>
    </Dialog>
  );
}
