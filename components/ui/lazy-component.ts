"use client";

import { createElement, useEffect, useState } from "react";
import { toast } from "@/components/ui/toast";

type LazyComponent<P> = React.FunctionComponent<P> & {
  /** Starts fetching the code (on the trigger's hover or focus). */
  preload: () => void;
  load: () => Promise<unknown>;
  isLoaded: () => boolean;
};

/**
 * A component whose code is fetched when first wanted rather than with the page: a dialog's form,
 * which brings its zod schema. It renders nothing until loaded: see useLoaded.
 */
export function lazyComponent<P extends object>(load: () => Promise<React.ComponentType<P>>): LazyComponent<P> {
  let component: React.ComponentType<P> | null = null;
  let loading: Promise<unknown> | null = null;
  const get = () =>
    (loading ??= load().then(
      (loaded) => (component = loaded),
      (error) => {
        loading = null;
        throw error;
      },
    ));
  function Lazy(props: P) {
    return component && createElement(component, props);
  }
  return Object.assign(Lazy, { load: get, isLoaded: () => component !== null, preload: () => void get().catch(() => {}) });
}

/**
 * Whether `lazy` is loaded, fetching it once `wanted`. A dialog opens when this is true, so it opens
 * complete: no placeholder, and focus lands on its first field as usual. `onFailed` runs if the code
 * can't be fetched (offline).
 */
export function useLoaded(lazy: LazyComponent<never>, wanted: boolean, onFailed: () => void): boolean {
  const [loaded, setLoaded] = useState(lazy.isLoaded);
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    lazy.load().then(
      () => current && setLoaded(true),
      () => {
        if (!current) return;
        toast.error("Couldn't open this: check your connection and try again.");
        onFailed();
      },
    );
    return () => {
      current = false;
    };
  }, [lazy, wanted, loaded, onFailed]);
  return loaded;
}
