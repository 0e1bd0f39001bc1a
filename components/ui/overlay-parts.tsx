import { Tooltip as RadixTooltip } from "radix-ui";

// The Radix overlays behind components/ui/lazy-radix.tsx: one chunk, loaded on first use.
export { Dialog, DropdownMenu, Popover, Tooltip } from "radix-ui";

/** A tooltip that is its own provider, so callers need no <Tooltip.Provider> around the page. */
export function TooltipRoot(props: React.ComponentProps<typeof RadixTooltip.Root>) {
  return (
    <RadixTooltip.Provider>
      <RadixTooltip.Root {...props} />
    </RadixTooltip.Provider>
  );
}
