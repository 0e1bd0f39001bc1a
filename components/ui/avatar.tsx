import { cn } from "@/lib/utils";

const sizes = { xs: "size-6 text-[10px]", sm: "size-8 text-xs", md: "size-10 text-sm", lg: "size-16 text-xl" } as const;

function initials(name: string) {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "?") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

/** A stable hue per name, so initials avatars are told apart at a glance. */
function hue(name: string) {
  let h = 0;
  for (const char of name) h = (h * 31 + char.charCodeAt(0)) % 360;
  return h;
}

export function Avatar({
  name,
  src,
  size = "md",
  className,
}: {
  name: string;
  src?: string | null;
  size?: keyof typeof sizes;
  className?: string;
}) {
  const classes = cn("inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full font-semibold", sizes[size], className);
  if (src) {
    // eslint-disable-next-line @next/next/no-img-element -- avatars come from uploads or any https host
    return <img src={src} alt="" className={cn(classes, "object-cover")} />;
  }
  return (
    <span aria-hidden className={classes} style={{ backgroundColor: `oklch(0.72 0.11 ${hue(name)})`, color: "oklch(0.2 0.03 270)" }}>
      {initials(name)}
    </span>
  );
}
