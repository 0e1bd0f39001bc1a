"use client";

import Form from "next/form";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/**
 * The search box and filters above a list: a GET form, so the query lives in the URL (shareable,
 * back button works). Choosing in a select applies it at once.
 */
export function FilterForm({
  action,
  query,
  placeholder,
  searchName = "q",
  children,
}: {
  action: string;
  query?: string;
  placeholder: string;
  searchName?: string;
  children?: React.ReactNode;
}) {
  return (
    <Form
      action={action}
      className="mb-4 flex flex-wrap items-end gap-2"
      onChange={(event) => {
        if (event.target instanceof HTMLSelectElement) event.currentTarget.requestSubmit();
      }}
    >
      <div className="relative min-w-40 flex-1 basis-40">
        <Search className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted" aria-hidden />
        <Input type="search" name={searchName} defaultValue={query} placeholder={placeholder} aria-label={placeholder} className="pl-9" />
      </div>
      {children}
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </Form>
  );
}

/** A labelled select for a FilterForm (the label is for screen readers; the first option says it). */
export function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <label>
      <span className="sr-only">{label}</span>
      <Select name={name} defaultValue={value ?? ""} className="w-auto max-w-44">
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </label>
  );
}
