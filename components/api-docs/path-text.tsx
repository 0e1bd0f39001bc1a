import { Fragment } from "react";

/** An endpoint path that wraps only before a "/" (never inside a word). */
export function PathText({ path }: { path: string }) {
  return path.split("/").map((segment, index) => (
    <Fragment key={index}>
      {index > 1 && <wbr />}
      {index > 0 && "/"}
      {segment}
    </Fragment>
  ));
}
