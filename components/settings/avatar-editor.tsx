"use client";

import { useRef, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/ui/use-action-form";
import { removeAvatarAction } from "@/lib/actions/account/remove-avatar";
import { setAvatarUrlAction } from "@/lib/actions/account/set-avatar-url";
import { uploadAvatarAction } from "@/lib/actions/account/upload-avatar";
import { IMAGE_TYPES } from "@/lib/uploads/limits";
import { avatarUploadSchema, avatarUrlSchema } from "@/lib/zod/accounts";

/** The avatar: an uploaded image, an image URL, or (by default) the initials. Each change applies at once. */
export function AvatarEditor({ fullName, image }: { fullName: string; image: string | null }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();

  function upload(file: File) {
    const checked = avatarUploadSchema.safeParse({ avatar: file });
    if (!checked.success) return toast.error(checked.error.issues[0]!.message);
    const data = new FormData();
    data.set("avatar", file);
    startTransition(async () => {
      const result = await uploadAvatarAction(data);
      if (result.ok) toast.success("Avatar updated.");
      else toast.error(result.error.message);
    });
  }

  function remove() {
    startTransition(async () => {
      const result = await removeAvatarAction({});
      if (result.ok) toast.success("Avatar removed: your initials are shown instead.");
      else toast.error(result.error.message);
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-4">
      <Avatar name={fullName} src={image} size="lg" />
      <div className="space-y-2">
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" pending={pending} onClick={() => fileInput.current?.click()}>
            Upload image
          </Button>
          <AvatarUrlDialog />
          {image && (
            <Button size="sm" variant="ghost" disabled={pending} onClick={remove}>
              Remove
            </Button>
          )}
        </div>
        <p className="text-xs text-muted">PNG, JPEG, GIF or WebP, up to 2 MB.</p>
      </div>
      <input
        ref={fileInput}
        type="file"
        accept={IMAGE_TYPES.join(",")}
        className="sr-only"
        tabIndex={-1}
        aria-label="Avatar image file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ""; // choosing the same file again still fires a change
          if (file) upload(file);
        }}
      />
    </div>
  );
}

function AvatarUrlDialog() {
  const [open, setOpen] = useState(false);
  const form = useActionForm(setAvatarUrlAction, avatarUrlSchema, {
    onSuccess: () => {
      setOpen(false);
      toast.success("Avatar updated.");
    },
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="secondary">
          Use an image URL
        </Button>
      </DialogTrigger>
      <DialogContent title="Use an image from the web" description="Paste the https:// address of an image. It is shown as it is, wherever it is hosted.">
        <form {...form.props} className="space-y-4">
          <FormMessage error={form.formError} />
          <Field label="Image URL" error={form.error("url")}>
            {(control) => <Input {...control} {...form.field("url")} type="url" inputMode="url" placeholder="https://…" required autoFocus />}
          </Field>
          <div className="flex justify-end">
            <Button type="submit" pending={form.pending}>
              Use this image
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
