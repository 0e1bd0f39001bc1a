import "server-only";
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

/** The frame every Chatsphere email shares: a preview line, a card, a quiet footer. */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f4f4f7", fontFamily: "system-ui, -apple-system, Segoe UI, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 12, padding: "32px", maxWidth: 480 }}>
          <Text style={{ fontSize: 20, fontWeight: 700, color: "#4f46e5", margin: "0 0 16px" }}>Chatsphere</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e5e7eb", margin: "24px 0 12px" }} />
          <Text style={{ fontSize: 12, color: "#6b7280", margin: 0 }}>
            You received this email because of an action on your Chatsphere account. If it wasn&apos;t you, you can ignore it.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { fontSize: 15, lineHeight: "24px", color: "#111827" } as const;
export const small = { ...paragraph, fontSize: 13, color: "#6b7280" } as const;
export const button = {
  backgroundColor: "#4f46e5",
  borderRadius: 8,
  color: "#ffffff",
  fontSize: 15,
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
  display: "inline-block",
} as const;
