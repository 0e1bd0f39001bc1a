import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { sendEmail } from "@/lib/email/send";
import { VerifyEmail } from "@/lib/email/templates/verify-email";
import { unique } from "../support/factories";
import { emailsTo } from "../support/mail";

describe("email through the Resend SDK", () => {
  it("renders the template to HTML and text and posts it to Resend's API", async () => {
    const to = `${unique("m")}@example.test`;
    await sendEmail({ to, subject: "Verify your email", body: createElement(VerifyEmail, { name: "Ann", url: "https://app.test/verify/abc" }) });

    const [email] = await emailsTo(to);
    expect(email).toMatchObject({ subject: "Verify your email", from: "Chatsphere Test <test@chatsphere.test>", to: [to] });
    expect(email!.authorization).toBe("Bearer re_test_key");
    expect(email!.html).toContain('href="https://app.test/verify/abc"');
    expect(email!.text).toContain("Hi Ann");
    expect(email!.text).toContain("https://app.test/verify/abc");
  });
});
